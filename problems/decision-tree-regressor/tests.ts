import { defineTests, rng } from '../../grader/kit.ts';
import { fitTree, smallestMargin } from '../../grader/reference-kit/cart.ts';

const TOL = { rtol: 1e-9, atol: 1e-9, fields: { depth: { exact: true }, leaves: { exact: true } } };

/**
 * Features on a coarse grid, a smooth target plus noise (+ an optional large offset). Redraws until every
 * split decision is clear (best gain and gap to the next candidate above 1e-7 of the node's variance).
 */
function randomCase(seed: number, n: number, d: number, maxDepth: number, mss: number, msl: number, nTest: number, offset = 0) {
  const r = rng(seed);
  for (;;) {
    const X = Array.from({ length: n }, () => Array.from({ length: d }, () => r.int(-10, 10) / 2));
    const w = Array.from({ length: d }, () => r.normal(0, 2));
    const y = X.map((row) => offset + row.reduce((a, v, j) => a + w[j]! * (j % 2 ? v : Math.abs(v)), 0) + r.normal(0, 1));
    const fit = fitTree(X, y, X.map((_, i) => i), { criterion: 'mse', maxDepth, minSamplesSplit: mss, minSamplesLeaf: msl });
    if (smallestMargin(fit.margins) < 1e-7) continue;
    const Xtest = Array.from({ length: nTest }, (_, i) =>
      i % 3 === 0 ? [...X[r.int(0, n - 1)]!] : i % 3 === 1 ? X[0]!.map(() => r.int(-11, 11) / 2 + 0.25) : X[0]!.map(() => r.uniform(-6, 6)));
    return [X, y, maxDepth, mss, msl, Xtest];
  }
}

const X5 = [[1], [2], [3], [4], [5]];
const y5 = [1, 2, 6, 7, 8];
const distinct = rng(55).matrix(12, 2, -3, 3);
const distinctY = rng(56).vector(12, -5, 5);

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: [X5, y5, -1, 2, 1, [[0], [2.5], [3.2], [10]]] },
    { name: 'depth limit of 1', sample: true, tolerance: TOL, args: [X5, y5, 1, 2, 1, [[0], [2.5], [3.2], [10]]] },
    { name: 'maxDepth 0 predicts the mean', tolerance: TOL, args: [X5, y5, 0, 2, 1, [[0], [4]]] },
    { name: 'constant targets give one leaf', tolerance: TOL, args: [[[1, 5], [2, 3], [3, 9]], [4.5, 4.5, 4.5], -1, 2, 1, [[0, 0], [2.5, 4]]] },
    { name: 'XOR targets: no split reduces the variance', tolerance: TOL, args: [[[0, 0], [0, 1], [1, 0], [1, 1]], [0, 1, 1, 0], -1, 2, 1, [[0, 0], [1, 0]]] },
    { name: 'duplicate rows with different targets', tolerance: TOL, args: [[[1, 1], [1, 1], [1, 1], [4, 0], [4, 0]], [1, 2, 6, 10, 11], -1, 2, 1, [[1, 1], [4, 0], [2, 0.5]]] },
    { name: 'unlimited depth fits distinct rows exactly', tolerance: TOL, args: [distinct, distinctY, -1, 2, 1, distinct] },
    { name: 'minSamplesLeaf keeps two rows per leaf', tolerance: TOL, args: [[[1], [2], [3], [4], [5], [6], [7]], [10, 0, 1, 0, 1, 0, 1], -1, 2, 2, [[1], [2.5], [4], [7]]] },
    { name: 'minSamplesSplit stops small nodes', tolerance: TOL, args: [X5, y5, -1, 3, 1, [[0], [2.5], [3.2], [4.5], [10]]] },
    { name: 'test values on thresholds go left', tolerance: TOL, args: [[[0], [2], [4], [6]], [1, 1, 5, 5], -1, 2, 1, [[3], [3.0000001], [1]]] },
    { name: 'targets with a large offset', tolerance: TOL, args: randomCase(8181, 60, 2, -1, 2, 1, 40, 1e8) },
    { name: 'depth limit of 2', tolerance: TOL, args: randomCase(4343, 50, 3, 2, 2, 1, 30) },
    { name: 'empty Xtest', tolerance: TOL, args: [X5, y5, -1, 2, 1, []] },
    { name: 'empty X throws', expectError: true, args: [[], [], -1, 2, 1, [[1]]] },
    { name: 'target count mismatch throws', expectError: true, args: [X5, [1, 2, 3], -1, 2, 1, [[1]]] },
    { name: 'NaN target throws', expectError: true, args: [X5, [1, 2, NaN, 4, 5], -1, 2, 1, [[1]]] },
    { name: 'maxDepth below -1 throws', expectError: true, args: [X5, y5, -2, 2, 1, [[1]]] },
    { name: 'minSamplesLeaf 0 throws', expectError: true, args: [X5, y5, -1, 2, 0, [[1]]] },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(900 + i);
      const maxDepth = [-1, 3, 4, -1, 2, 5][i]!;
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(910 + i, r.int(10, 60), r.int(1, 4), maxDepth, r.int(2, 6), r.int(1, 3), 25) };
    }),
    { name: 'large: 400 rows, 5 features', tolerance: TOL, weight: 2, args: randomCase(9191, 400, 5, -1, 2, 1, 300) },
  ],
});
