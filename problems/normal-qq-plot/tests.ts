import { defineTests, rng } from '../../grader/kit.ts';

const r20 = rng(3400);

export default defineTests({
  cases: [
    { name: 'five values', sample: true, args: [[3, 1, 2, 5, 4]] },
    { name: 'skewed residuals', sample: true, args: [[0.1, -0.3, 2.5, 0.4, -0.2, 0.05, 1.1]] },
    { name: 'twenty residuals', args: [Array.from({ length: 20 }, () => r20.normal(0, 2))] },
    { name: 'unsorted input', args: [[9, -2, 4, 0.5, 7, -6, 1]] },
    { name: 'one value', args: [[4.2]], nanEqual: true },
    { name: 'two values', args: [[1, -1]] },
    { name: 'tied values', args: [[2, 2, 1, 3, 2, 2]] },
    { name: 'constant sample', args: [[5, 5, 5, 5]], nanEqual: true },
    { name: 'residuals around one million', args: [[1e6 + 0.3, 1e6 - 1.2, 1e6 + 2.1, 1e6 - 0.4, 1e6 + 0.9]] },
    { name: 'heavy tails', args: [[-40, -3, -1, -0.5, 0, 0.5, 1, 3, 40]] },
    { name: 'empty input throws', args: [[]], expectError: true },
    { name: 'infinite value throws', args: [[1, Infinity, 2]], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(3410 + i);
      return { name: `random ${i + 1}`, args: [Array.from({ length: 3 + 12 * i }, () => (i % 2 ? r.normal(5, 3) : r.uniform(-2, 8)))] };
    }),
    { name: 'large: 20000 residuals', args: [rng(3499).normalMatrix(1, 20_000)[0]!], weight: 2 },
  ],
});
