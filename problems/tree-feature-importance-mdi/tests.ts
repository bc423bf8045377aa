import { defineTests, rng } from '../../grader/kit.ts';
import { fitTree, type Criterion } from '../../grader/reference-kit/cart.ts';

const TOL = { rtol: 1e-9, atol: 1e-12 };

/** A CART tree grown on random data (bootstrap rows give repeated counts), passed in sklearn's flat layout. */
function randomCase(seed: number, n: number, d: number, criterion: Criterion, maxDepth: number, bootstrap = false) {
  const r = rng(seed);
  const X = Array.from({ length: n }, () => Array.from({ length: d }, () => r.int(-10, 10) / 2));
  const w = Array.from({ length: d }, (_, j) => (j % 3 === 2 ? 0 : r.normal()));
  const y = X.map((row) => {
    const s = row.reduce((a, v, j) => a + w[j]! * v, 0) + r.normal(0, 1);
    return criterion === 'mse' ? s : Math.min(2, Math.max(0, Math.floor(s / 3 + 1.5)));
  });
  const rows = bootstrap ? X.map(() => r.int(0, n - 1)) : X.map((_, i) => i);
  const { tree } = fitTree(X, y, rows, { criterion, maxDepth, minSamplesSplit: 2, minSamplesLeaf: 1, K: 3 });
  return [tree.left, tree.right, tree.feature.map((f) => (f < 0 ? -2 : f)), tree.impurity, tree.nSamples, d + (seed % 2)];
}

//          0: x1            (n 10, gini .48)
//      1: x0      4: leaf   (n 6, gini 10/36; n 4, gini .375)
//   2: leaf  3: leaf        (n 5 pure, n 1 pure)
const example = [[1, 2, -1, -1, -1], [4, 3, -1, -1, -1], [1, 0, -2, -2, -2], [0.48, 10 / 36, 0, 0, 0.375], [10, 6, 5, 1, 4], 3];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: example },
    { name: 'a single-leaf tree gives zeros', sample: true, tolerance: TOL, args: [[-1], [-1], [-2], [0.5], [8], 2] },
    { name: 'same feature at several nodes', tolerance: TOL, args: [[1, 2, -1, -1, 5, 7, -1, -1, -1], [4, 3, -1, -1, 6, 8, -1, -1, -1], [0, 0, -2, -2, 1, 0, -2, -2, -2], [0.5, 0.42, 0.3, 0.1, 0.48, 0.32, 0, 0, 0.2], [20, 12, 5, 7, 8, 5, 3, 2, 3], 2] },
    { name: 'an unused feature gets 0', tolerance: TOL, args: [[1, -1, -1], [2, -1, -1], [2, -2, -2], [1.5, 0.25, 0.5], [9, 4, 5], 4] },
    { name: 'a zero-decrease split only', tolerance: TOL, args: [[1, -1, -1], [2, -1, -1], [0, -2, -2], [0.5, 0.5, 0.5], [4, 2, 2], 2] },
    { name: 'weighted sample counts', tolerance: TOL, args: [[1, -1, 3, -1, -1], [2, -1, 4, -1, -1], [1, -2, 0, -2, -2], [0.5, 0, 0.32, 0, 0], [7.5, 2.5, 5, 1, 4], 2] },
    { name: 'depth-3 gini tree', tolerance: TOL, args: randomCase(11, 40, 4, 'gini', 3) },
    { name: 'entropy tree', tolerance: TOL, args: randomCase(12, 50, 5, 'entropy', -1) },
    { name: 'regression tree (variance impurity)', tolerance: TOL, args: randomCase(13, 60, 3, 'mse', 4) },
    { name: 'bootstrap tree with repeated rows', tolerance: TOL, args: randomCase(14, 50, 4, 'gini', -1, true) },
    { name: 'arrays of different lengths throw', expectError: true, args: [[1, -1, -1], [2, -1, -1], [0, -2, -2], [0.5, 0], [4, 2, 2], 2] },
    { name: 'a feature out of range throws', expectError: true, args: [[1, -1, -1], [2, -1, -1], [5, -2, -2], [0.5, 0, 0], [4, 2, 2], 2] },
    { name: 'a node with two parents throws', expectError: true, args: [[1, 2, -1], [2, 2, -1], [0, 0, -2], [0.5, 0.3, 0], [4, 3, 3], 2] },
    { name: 'a non-positive sample count throws', expectError: true, args: [[1, -1, -1], [2, -1, -1], [0, -2, -2], [0.5, 0, 0], [4, 0, 4], 2] },
    { name: 'negative impurity throws', expectError: true, args: [[1, -1, -1], [2, -1, -1], [0, -2, -2], [0.5, -0.1, 0], [4, 2, 2], 2] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(500 + i);
      const crit: Criterion = (['gini', 'entropy', 'mse'] as const)[i % 3]!;
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(510 + i, r.int(15, 80), r.int(2, 6), crit, [-1, 2, 5, -1, 3][i]!, i % 2 === 1) };
    }),
    { name: 'large: 1000-row regression tree', tolerance: TOL, weight: 2, args: randomCase(99, 1000, 8, 'mse', -1) },
  ],
});
