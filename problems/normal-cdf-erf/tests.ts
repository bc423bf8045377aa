import { defineTests, rng } from '../../grader/kit.ts';

export default defineTests({
  cases: [
    { name: 'standard normal', sample: true, args: [[-1.96, -1, 0, 0.5, 1, 1.96], 0, 1] },
    { name: 'exam scores', sample: true, args: [[55, 70, 85, 100], 70, 15] },
    { name: 'values near the mean', args: [[0.1, -0.2, 0.35, -0.05, 0.49], 0, 1] },
    { name: 'standard deviation 2', args: [[-3, 1, 2, 4, 7], 1, 2] },
    { name: 'the mean gives one half', args: [[3.25, 3.25], 3.25, 0.1] },
    { name: 'ten standard deviations out', args: [[-10, 10, -8, 8], 0, 1] },
    { name: 'infinite arguments', args: [[-Infinity, Infinity], 5, 2] },
    { name: 'tiny sigma', args: [[1e-9, -1e-9, 2e-9], 0, 1e-9] },
    { name: 'large mean', args: [[1e6 - 3, 1e6, 1e6 + 1.5], 1e6, 2] },
    { name: 'empty x', args: [[], 0, 1] },
    { name: 'sigma 0 throws', args: [[1], 0, 0], expectError: true },
    { name: 'negative sigma throws', args: [[1], 0, -1], expectError: true },
    { name: 'NaN in x throws', args: [[1, NaN], 0, 1], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(3200 + i);
      const mu = r.uniform(-50, 50), sigma = r.uniform(0.1, 20);
      return { name: `random ${i + 1}`, args: [Array.from({ length: 5 + 5 * i }, () => mu + sigma * r.uniform(-6, 6)), mu, sigma] };
    }),
    { name: 'large: 50000 points', args: [rng(3299).vector(50_000, -8, 8), 0.3, 1.7], weight: 2 },
  ],
});
