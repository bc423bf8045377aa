import { defineTests, rng, rowsSumTo, type Rng } from '../../grader/kit.ts';

const TOL = { rtol: 1e-9, atol: 1e-12 };

function spd(r: Rng, d: number, scale: number): number[][] {
  const A = Array.from({ length: d }, () => Array.from({ length: d }, () => r.normal(0, scale)));
  return Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => A[i]!.reduce((s, v, k) => s + v * A[j]![k]!, 0) + (i === j ? 0.3 * scale * scale : 0)));
}

function randomCase(seed: number, n: number, d: number, K: number) {
  const r = rng(seed);
  const raw = Array.from({ length: K }, () => r.uniform(0.2, 1));
  const tot = raw.reduce((a, b) => a + b, 0);
  const weights = raw.map((w) => w / tot);
  const means = Array.from({ length: K }, () => Array.from({ length: d }, () => r.uniform(-5, 5)));
  const covs = Array.from({ length: K }, () => spd(r, d, r.uniform(0.5, 1.5)));
  const X = Array.from({ length: n }, () => means[r.int(0, K - 1)]!.map((v) => v + r.normal(0, 2)));
  return [X, weights, means, covs];
}

export default defineTests({
  checks: { rowsSumTo1: rowsSumTo(1, { field: 'resp', within: [0, 1] }) },
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, check: 'rowsSumTo1', args: [[[0], [1], [4]], [0.5, 0.5], [[0], [4]], [[[1]], [[4]]]] },
    { name: 'two dimensions, correlated components', sample: true, tolerance: TOL, check: 'rowsSumTo1', args: [[[0, 0], [1, 1], [2, -1]], [0.3, 0.7], [[0, 0], [2, 0]], [[[1, 0.8], [0.8, 1]], [[1, 0], [0, 1]]]] },
    { name: 'a point 50 standard deviations from every component', tolerance: TOL, check: 'rowsSumTo1', args: [[[50], [-60], [0.5]], [0.4, 0.6], [[0], [1]], [[[1]], [[1]]]] },
    { name: 'a zero weight', tolerance: TOL, check: 'rowsSumTo1', args: [[[0, 0], [3, 3]], [0, 1], [[0, 0], [3, 3]], [[[1, 0], [0, 1]], [[1, 0], [0, 1]]]] },
    { name: 'one component', tolerance: TOL, check: 'rowsSumTo1', args: [[[1, 2], [3, -1], [0, 0]], [1], [[0, 0]], [[[2, 0.5], [0.5, 1]]]] },
    { name: 'identical components split equally', tolerance: TOL, check: 'rowsSumTo1', args: [[[1], [-2], [7]], [0.5, 0.5], [[0], [0]], [[[2]], [[2]]]] },
    { name: 'correlation decides the component', tolerance: TOL, check: 'rowsSumTo1', args: [[[1, 1], [1, -1], [-2, 2]], [0.5, 0.5], [[0, 0], [0, 0]], [[[1, 0.9], [0.9, 1]], [[1, -0.9], [-0.9, 1]]]] },
    { name: 'different covariance sizes', tolerance: TOL, check: 'rowsSumTo1', args: [[[0], [1], [2], [3]], [0.5, 0.5], [[0], [0]], [[[0.25]], [[9]]]] },
    { name: 'weights that do not sum to 1 throw', expectError: true, args: [[[0]], [0.5, 0.6], [[0], [1]], [[[1]], [[1]]]] },
    { name: 'a covariance that is not positive definite throws', expectError: true, args: [[[0, 0]], [1], [[0, 0]], [[[1, 2], [2, 1]]]] },
    { name: 'an asymmetric covariance throws', expectError: true, args: [[[0, 0]], [1], [[0, 0]], [[[2, 0.5], [0.1, 2]]]] },
    { name: 'a mean of the wrong width throws', expectError: true, args: [[[0, 0]], [1], [[0]], [[[1, 0], [0, 1]]]] },
    { name: 'a negative weight throws', expectError: true, args: [[[0]], [1.5, -0.5], [[0], [1]], [[[1]], [[1]]]] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(900 + i);
      return { name: `random ${i + 1}`, tolerance: TOL, check: 'rowsSumTo1', args: randomCase(910 + i, r.int(5, 40), r.int(1, 4), r.int(1, 5)) };
    }),
    { name: 'large: 2000 points, 4 components in 3-D', tolerance: TOL, check: 'rowsSumTo1', weight: 2, args: randomCase(99, 2000, 3, 4) },
  ],
});
