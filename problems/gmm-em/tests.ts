import { defineTests, rng, type Rng } from '../../grader/kit.ts';

const TOL = { rtol: 1e-7, atol: 1e-9 };

function spd(r: Rng, d: number, scale: number): number[][] {
  const A = Array.from({ length: d }, () => Array.from({ length: d }, () => r.normal(0, scale)));
  return Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => A[i]!.reduce((s, v, k) => s + v * A[j]![k]!, 0) + (i === j ? 0.5 * scale * scale : 0)));
}

/** Well-separated blobs; the initial means are jittered true centres (so components keep their order). */
function randomCase(seed: number, n: number, d: number, K: number, nIter: number, reg: number) {
  const r = rng(seed);
  const centres = Array.from({ length: K }, (_, k) => Array.from({ length: d }, (_, j) => (j === 0 ? 8 * k : r.uniform(-3, 3))));
  const X = Array.from({ length: n }, () => centres[r.int(0, K - 1)]!.map((v) => v + r.normal(0, 1)));
  const weights = new Array<number>(K).fill(1 / K);
  const means = centres.map((c) => c.map((v) => v + r.normal(0, 0.8)));
  const covs = Array.from({ length: K }, () => spd(r, d, 1));
  return [X, weights, means, covs, nIter, reg];
}

const X1 = [[0], [1], [5], [6]];
const X2 = [[0, 0], [1, 0.5], [0.5, 1], [6, 6], [7, 6.5], [6.5, 7]];
const I2 = [[1, 0], [0, 1]];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: [X1, [0.5, 0.5], [[1], [4]], [[[1]], [[1]]], 1, 0] },
    { name: 'no iterations', sample: true, tolerance: TOL, args: [X1, [0.5, 0.5], [[1], [4]], [[[1]], [[1]]], 0, 0] },
    { name: 'one component reaches the maximum likelihood in one step', tolerance: TOL, args: [X2, [1], [[3, 3]], [I2], 1, 0] },
    { name: 'two blobs in two dimensions, ten iterations', tolerance: TOL, args: [X2, [0.5, 0.5], [[1, 1], [5, 5]], [I2, I2], 10, 1e-6] },
    { name: 'regCovar keeps a collapsing component positive definite', tolerance: TOL, args: [[[0], [0.1], [0.2], [10], [10], [10]], [0.5, 0.5], [[0], [10]], [[[1]], [[1]]], 5, 1e-3] },
    { name: 'a component with zero weight keeps its parameters', tolerance: TOL, args: [X1, [1, 0], [[3], [100]], [[[2]], [[5]]], 3, 0] },
    { name: 'unequal weights and variances', tolerance: TOL, args: [[[-1], [0], [0.5], [1], [2], [8], [9], [11]], [0.3, 0.7], [[0], [9]], [[[4]], [[1]]], 4, 0] },
    { name: 'a negative number of iterations throws', expectError: true, args: [X1, [0.5, 0.5], [[1], [4]], [[[1]], [[1]]], -1, 0] },
    { name: 'a negative regCovar throws', expectError: true, args: [X1, [0.5, 0.5], [[1], [4]], [[[1]], [[1]]], 2, -1] },
    { name: 'weights that do not sum to 1 throw', expectError: true, args: [X1, [0.5, 0.6], [[1], [4]], [[[1]], [[1]]], 2, 0] },
    { name: 'a covariance that is not positive definite throws', expectError: true, args: [X2, [1], [[0, 0]], [[[1, 2], [2, 1]]], 2, 0] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(1100 + i);
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(1110 + i, r.int(20, 60), r.int(1, 3), r.int(1, 4), r.int(1, 20), [0, 1e-6, 1e-3, 0, 1e-2][i]!) };
    }),
    { name: 'large: 600 points, 3 components in 3-D, 25 iterations', tolerance: TOL, weight: 2, args: randomCase(99, 600, 3, 3, 25, 1e-6) },
  ],
});
