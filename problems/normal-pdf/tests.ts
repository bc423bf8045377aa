import { defineTests, rng } from '../../grader/kit.ts';

// densities relative (a tiny density is still a density); log-densities to 1e-12
const tolerance = { rtol: 1e-12, atol: 1e-12, fields: { pdf: { rtol: 1e-12, atol: 1e-300 } } };

export default defineTests({
  cases: [
    { name: 'standard normal', sample: true, args: [[-2, -1, 0, 1, 2], 0, 1] },
    { name: 'mean 3, variance 0.25', sample: true, args: [[2.5, 3, 4], 3, 0.25] },
    { name: 'variance 4', args: [[0, 1, 2, 5], 1, 4] },
    { name: 'forty standard deviations out', args: [[40, -40, 30], 0, 1] },
    { name: 'x at the mean', args: [[7.5], 7.5, 2] },
    { name: 'tiny variance', args: [[0, 1e-4, -2e-4], 0, 1e-8] },
    { name: 'large variance', args: [[0, 1000, -3000], 100, 1e6] },
    { name: 'infinite x', args: [[Infinity, -Infinity, 0], 0, 1] },
    { name: 'no points', args: [[], 0, 1] },
    { name: 'zero variance throws', args: [[0], 0, 0], expectError: true },
    { name: 'negative variance throws', args: [[0], 0, -1], expectError: true },
    { name: 'NaN x throws', args: [[NaN], 0, 1], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(5500 + i);
      const mu = r.uniform(-20, 20), s2 = r.uniform(0.01, 50);
      return { name: `random ${i + 1}`, args: [Array.from({ length: 6 }, () => mu + r.normal(0, 3 * Math.sqrt(s2))), mu, s2] };
    }),
    { name: 'large: 100000 points', args: [rng(5599).vector(100_000, -30, 30), 1.5, 9] , weight: 2 },
  ].map((c) => ({ ...c, tolerance })),
});
