import { defineTests, rng } from '../../grader/kit.ts';

type Kernel = 'gaussian' | 'epanechnikov' | 'uniform';

/** Bimodal data; for compact kernels, queries are kept at least 1e-6·h away from a support edge |u| = 1. */
function randomCase(seed: number, n: number, m: number, kernel: Kernel): [number[], number[], number, Kernel] {
  const r = rng(seed);
  const h = r.uniform(0.2, 2);
  const data = Array.from({ length: n }, () => (r.uniform() < 0.6 ? r.normal(0, 1) : r.normal(4, 0.7)));
  const query: number[] = [];
  while (query.length < m) {
    const q = r.uniform(-4, 8);
    if (kernel === 'gaussian' || data.every((d) => Math.abs(Math.abs(q - d) / h - 1) > 1e-6)) query.push(q);
  }
  return [data, query, h, kernel];
}

export default defineTests({
  cases: [
    { name: 'five points, Gaussian kernel', sample: true, args: [[1, 2, 2.5, 4, 7], [0, 2, 3, 5], 1, 'gaussian'] },
    { name: 'Epanechnikov kernel', sample: true, args: [[1, 2, 2.5, 4, 7], [0, 2, 3, 5], 1, 'epanechnikov'] },
    { name: 'uniform kernel', args: [[1, 2, 2.5, 4, 7], [0, 2, 3, 5.3], 1.5, 'uniform'] },
    { name: 'query one bandwidth from the data', args: [[0, 3, 5], [1, 2, 4], 1, 'uniform'] },
    { name: 'Epanechnikov at the support edge', args: [[0, 3, 5], [1, 2, 3.5, 4.5], 1, 'epanechnikov'] },
    { name: 'narrow bandwidth', args: [[0.5, 0.5005, 2], [0.5, 0.5002, 1], 0.001, 'gaussian'] },
    { name: 'a single data point', args: [[2], [2, 2.5, 10], 0.5, 'gaussian'] },
    { name: 'duplicate data', args: [[1, 1, 1, 3], [1, 2, 3], 0.8, 'epanechnikov'] },
    { name: 'query far from all data', args: [[0, 1, 2], [100, -100], 0.5, 'gaussian'] },
    { name: 'no queries', args: [[0, 1], [], 1, 'uniform'] },
    { name: 'zero bandwidth throws', args: [[0, 1], [0], 0, 'gaussian'], expectError: true },
    { name: 'unknown kernel throws', args: [[0, 1], [0], 1, 'triangular'], expectError: true },
    { name: 'empty data throws', args: [[], [0], 1, 'gaussian'], expectError: true },
    ...(['gaussian', 'epanechnikov', 'uniform', 'gaussian', 'epanechnikov'] as Kernel[]).map((k, i) => ({ name: `random ${i + 1}`, args: randomCase(4300 + i, 10 + 30 * i, 8, k) })),
    { name: 'large: 1500 points, 1500 queries', args: randomCase(4399, 1500, 1500, 'gaussian'), weight: 2 },
  ],
});
