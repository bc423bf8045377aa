import { defineTests, rng } from '../../grader/kit.ts';

const inf = Number.POSITIVE_INFINITY;
export default defineTests({
  cases: [
    { name: 'worked example', sample: true, nanEqual: true, args: [[3, 0, -1, 1e-12], [2, 0, 4, -0.5]] },
    { name: 'ordinary values', sample: true, args: [[1, 2.5, 10], [4, -2, 0.1]] },
    { name: 'zero denominators', nanEqual: true, args: [[5, -5, 0, 2, -3], [0, 0, 0, -0, -0]] },
    { name: 'a equal to -1', args: [[-1, -1], [1, 3]] },
    { name: 'a below -1', nanEqual: true, args: [[-2, -1.5, -100], [1, 1, 1]] },
    { name: 'tiny values', args: [[1e-12, -3e-14, 2e-10, 5e-16], [1, 2, 3, 4]] },
    { name: 'huge values overflow', nanEqual: true, args: [[1e200, -2e160, 1e154], [1e-200, 3, 1e200]] },
    { name: 'NaN and infinite inputs', nanEqual: true, args: [[Number.NaN, inf, 2, -inf], [1, 2, inf, inf]] },
    { name: 'empty columns', args: [[], []] },
    ...Array.from({ length: 4 }, (_, i) => {
      const r = rng(4800 + i);
      const n = r.int(5, 30);
      return { name: `random ${i + 1}`, args: [r.vector(n, -0.99, 50), r.vector(n, -20, 20)] };
    }),
    { name: 'large: 50000 rows', args: [rng(4900).vector(50000, 0, 1000), rng(4901).vector(50000, 0.5, 10)], weight: 2 },
    { name: 'length mismatch throws', args: [[1, 2], [1]], expectError: true },
  ],
});
