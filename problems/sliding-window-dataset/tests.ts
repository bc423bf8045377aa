import { defineTests, rng } from '../../grader/kit.ts';

const S = [10, 11, 12, 13, 14, 15];

export default defineTests({
  cases: [
    { name: 'worked example: L = 3, one step ahead', sample: true, args: [S, 3, 1] },
    { name: 'two steps ahead', sample: true, args: [S, 3, 2] },
    { name: 'window of length 1', args: [S, 1, 1] },
    { name: 'series exactly long enough for one window', args: [[1, 2, 3, 4], 3, 1] },
    { name: 'series too short gives no windows', args: [[1, 2, 3], 3, 1] },
    { name: 'empty series', args: [[], 2, 1] },
    { name: 'far horizon', args: [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 2, 5] },
    { name: 'repeated values', args: [[5, 5, 5, 5, 5], 2, 2] },
    { name: 'L = 0 throws', args: [S, 0, 1], expectError: true },
    { name: 'horizon 0 throws', args: [S, 3, 0], expectError: true },
    { name: 'non-integer window throws', args: [S, 2.5, 1], expectError: true },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(3720 + i);
      return { name: `random ${i + 1}`, args: [r.vector(r.int(5, 40), -10, 10), r.int(1, 8), r.int(1, 4)] };
    }),
    { name: 'large: 4000 points, window 24', args: [rng(3799).vector(4000, 0, 100), 24, 6], weight: 2 },
  ],
});
