import { defineTests, rng } from '../../grader/kit.ts';
import { studentTQuantile } from '../../grader/reference-kit/stats.ts';

/** y = b0 + Xβ + noise with correlated features; tCrit is the 97.5% t quantile for n − p − 1 degrees of freedom. */
function randomCase(seed: number, n: number, p: number, noise: number): [number[][], number[], number] {
  const r = rng(seed);
  const beta = Array.from({ length: p }, () => r.normal(0, 2));
  const X = Array.from({ length: n }, () => {
    const z = r.normal();
    return Array.from({ length: p }, () => 0.5 * z + r.normal() * r.uniform(0.5, 3));
  });
  const y = X.map((row) => 1.5 + row.reduce((s, v, j) => s + v * beta[j]!, 0) + r.normal(0, noise));
  return [X, y, studentTQuantile(0.975, n - p - 1)];
}

export default defineTests({
  cases: [
    // tCrit = t_{0.975, n−p−1}
    { name: 'one feature, six points', sample: true, args: [[[1], [2], [3], [4], [5], [6]], [2.1, 3.9, 6.2, 7.8, 10.1, 12.2], 2.776445105197793] },
    { name: 'two features', args: [[[1, 0.5], [2, 1.1], [3, 0.7], [4, 2.0], [5, 1.4], [6, 2.6], [7, 2.2], [8, 3.1]], [3.2, 4.9, 6.1, 9.4, 9.8, 12.9, 13.1, 16.2], 2.570581835636314] },
    { name: 'intercept-only-like data', sample: true, args: [[[0.5], [-0.5], [1.5], [-1.5], [0]], [3.1, 2.9, 3.0, 3.2, 2.8], 3.182446305284263] },
    { name: 'a coefficient that is not significant', args: [[[1, 10], [2, 12], [3, 9], [4, 11], [5, 10], [6, 12], [7, 9], [8, 11]], [1.1, 2.2, 2.9, 4.1, 5.2, 5.8, 7.1, 8.0], 2.570581835636314] },
    { name: 'one degree of freedom', args: [[[0], [1], [3]], [1, 2.5, 4], 12.706204736174707] },
    { name: 'offset features', args: [[[1000.1], [1000.4], [1000.2], [1000.8], [1000.5], [1000.9]], [5, 6.1, 5.4, 7.3, 6.5, 7.6], 2.776445105197793] },
    { name: 'duplicate column throws', args: [[[1, 1], [2, 2], [3, 3], [4, 4], [5, 5]], [1, 2, 3, 4, 6], 3.182446305284263], expectError: true },
    { name: 'constant column throws', args: [[[1, 2], [2, 2], [3, 2], [4, 2], [5, 2]], [1, 2, 3, 4, 6], 3.182446305284263], expectError: true },
    { name: 'no degrees of freedom throws', args: [[[0], [1]], [1, 3], 12.7], expectError: true },
    { name: 'non-positive critical value throws', args: [[[0], [1], [2]], [1, 3, 4], 0], expectError: true },
    { name: 'row count mismatch throws', args: [[[0], [1], [2]], [1, 3], 12.7], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(4500 + i, 10 + 15 * i, 1 + i, 0.5 + i) })),
    { name: 'large: 5000 rows, 8 features', args: randomCase(4599, 5000, 8, 3), weight: 2 },
  ],
});
