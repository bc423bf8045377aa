import { defineTests, rng } from '../../grader/kit.ts';

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[2, 0.5, 1], [1, 1, 1]] },
    { name: 'one pair ranked the right way', sample: true, args: [[3.5], [-0.25]] },
    { name: 'tied scores', args: [[0.4, 1.2, -0.7, 2], [0.4, 1.2, -0.7, 1.5]] },
    { name: 'a badly mis-ranked pair', args: [[-500, 0.3], [500, 0.1]] },
    { name: 'confidently right pairs', args: [[100, 600], [0, -400]] },
    { name: 'every pair wrong', args: [[-1, -2, -3], [1, 0, 2]] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(4200 + i);
      const n = r.int(3, 40);
      return { name: `random ${i + 1}`, args: [r.vector(n, -4, 4), r.vector(n, -4, 4)] };
    }),
    { name: 'large: 50000 pairs', args: [rng(4300).vector(50000, -10, 10), rng(4301).vector(50000, -10, 10)], weight: 2 },
    { name: 'length mismatch throws', args: [[1, 2], [1]], expectError: true },
    { name: 'empty arrays throw', args: [[], []], expectError: true },
    { name: 'a NaN score throws', args: [[1, Number.NaN], [0, 0]], expectError: true },
  ],
});
