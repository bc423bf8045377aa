import { defineTests, rng } from '../../grader/kit.ts';

export default defineTests({
  cases: [
    { name: 'three positions, four dimensions', sample: true, args: [3, 4] },
    { name: 'odd model width', sample: true, args: [4, 5] },
    { name: 'single position', args: [1, 8] },
    { name: 'model width one', args: [5, 1] },
    { name: 'model width two', args: [6, 2] },
    { name: 'zero positions', args: [0, 4] },
    { name: 'zero width', args: [3, 0] },
    { name: 'negative length throws', args: [-1, 4], expectError: true },
    { name: 'fractional length throws', args: [2.5, 4], expectError: true },
    { name: 'negative width throws', args: [3, -2], expectError: true },
    { name: 'fractional width throws', args: [3, 2.5], expectError: true },
    ...Array.from({ length: 4 }, (_, i) => {
      const r = rng(3500 + i);
      return { name: `random ${i + 1}`, args: [r.int(1, 64), r.int(1, 33)] };
    }),
    { name: 'long sequence', args: [5000, 64], weight: 2 },
  ],
});
