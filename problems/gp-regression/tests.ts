import { defineTests, rng } from '../../grader/kit.ts';

const TOL = { rtol: 1e-7, atol: 1e-9 };

function randomCase(seed: number, n: number, d: number, nTest: number, ell: number, s2: number, noise: number) {
  const r = rng(seed);
  const X = Array.from({ length: n }, () => Array.from({ length: d }, () => r.uniform(-3, 3)));
  const y = X.map((x) => Math.sin(x[0]!) + (d > 1 ? 0.5 * x[1]! : 0) + r.normal(0, 0.1));
  const Xtest = Array.from({ length: nTest }, () => Array.from({ length: d }, () => r.uniform(-4, 4)));
  return [X, y, Xtest, ell, s2, noise];
}

const X3 = [[0], [1], [2]];
const y3 = [0, 1, 0];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: [X3, y3, [[1], [0.5], [5]], 1, 1, 0.01] },
    { name: 'one training point', sample: true, tolerance: TOL, args: [[[0]], [2], [[0], [1]], 1, 2, 0.5] },
    { name: 'zero noise interpolates the training points', tolerance: TOL, args: [X3, y3, X3, 0.8, 1, 0] },
    { name: 'a test point far from the data reverts to the prior', tolerance: TOL, args: [X3, y3, [[50]], 1, 3, 0.1] },
    { name: 'duplicate training inputs with noise', tolerance: TOL, args: [[[0], [0], [1]], [1, 1.5, 0], [[0], [0.5]], 1, 1, 0.2] },
    { name: 'a tiny length scale', tolerance: TOL, args: [X3, y3, [[0.5], [1]], 0.05, 1, 0.01] },
    { name: 'zero noise with duplicate inputs', tolerance: { rtol: 1e-3, atol: 1e-4 }, args: [[[0], [0], [1]], [1, 1, 0], [[0.5]], 1, 1, 0] },
    { name: 'two input dimensions', tolerance: TOL, args: randomCase(3, 15, 2, 6, 1.5, 1, 0.05) },
    { name: 'a non-positive length scale throws', expectError: true, args: [X3, y3, [[1]], 0, 1, 0.1] },
    { name: 'a negative noise variance throws', expectError: true, args: [X3, y3, [[1]], 1, 1, -0.1] },
    { name: 'a target count mismatch throws', expectError: true, args: [X3, [1, 2], [[1]], 1, 1, 0.1] },
    { name: 'test rows of another width throw', expectError: true, args: [X3, y3, [[1, 2]], 1, 1, 0.1] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(3600 + i);
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(3610 + i, r.int(3, 25), r.int(1, 3), r.int(1, 8), [0.5, 1, 2, 0.8, 3][i]!, [1, 0.5, 2, 1, 4][i]!, [0.01, 0.1, 0.5, 0.05, 1][i]!) };
    }),
    { name: 'large: 150 training points, 100 test points', tolerance: TOL, weight: 2, args: randomCase(99, 150, 2, 100, 1, 1, 0.05) },
  ],
});
