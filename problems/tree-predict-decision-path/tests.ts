import { defineTests, rng } from '../../grader/kit.ts';
import { fitTree, type FlatTree } from '../../grader/reference-kit/cart.ts';

type Args = [number[], number[], number[], number[], number[][], number[][]];
const EXACT = { rtol: 0, atol: 0 };

function asArgs(tree: FlatTree, X: number[][]): Args {
  return [tree.left, tree.right, tree.feature.map((f) => (f < 0 ? -2 : f)), tree.threshold.map((t) => (Number.isNaN(t) ? -2 : t)), tree.value, X];
}

/** A tree grown by CART on random data (sklearn's layout: leaves have feature −2, threshold −2), then rows to route. */
function randomCase(seed: number, n: number, d: number, maxDepth: number, nRows: number, withNaN = false): Args {
  const r = rng(seed);
  const X = Array.from({ length: n }, () => Array.from({ length: d }, () => r.int(-10, 10) / 2));
  const y = X.map((row) => Math.floor(Math.abs(row.reduce((a, v) => a + v, 0) + r.normal(0, 2))) % 3);
  const { tree } = fitTree(X, y, X.map((_, i) => i), { criterion: 'gini', maxDepth, minSamplesSplit: 2, minSamplesLeaf: 1, K: 3 });
  const thresholds = tree.threshold.filter((t) => !Number.isNaN(t));
  const rows = Array.from({ length: nRows }, (_, i) => Array.from({ length: d }, (_, j) => {
    if (withNaN && r.uniform() < 0.15) return NaN;
    return i % 2 === 0 && thresholds.length > 0 ? thresholds[r.int(0, thresholds.length - 1)]! + (j % 2 ? 0 : 0.5) : r.uniform(-6, 6);
  }));
  return asArgs(tree, rows);
}

// node 0: x1 <= 2.5 ? node 1 : node 4; node 1: x0 <= 1.5 ? leaf 2 : leaf 3; node 4: leaf
const small: Args = [[1, 2, -1, -1, -1], [4, 3, -1, -1, -1], [1, 0, -2, -2, -2], [2.5, 1.5, -2, -2, -2], [[3, 0], [2, 1], [2, 0], [0, 1], [0, 4]], [[1, 2], [2, 2.5], [0, 9], [1.5, -1]]];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: EXACT, args: small },
    { name: 'single-node tree', sample: true, tolerance: EXACT, args: [[-1], [-1], [-2], [-2], [[0.25, 0.75]], [[1, 2], [3, 4]]] },
    { name: 'values exactly on thresholds go left', tolerance: EXACT, args: [small[0], small[1], small[2], small[3], small[4], [[1.5, 2.5], [1.5000001, 2.5], [0, 2.5000001]]] },
    { name: 'NaN features go right', tolerance: EXACT, args: [small[0], small[1], small[2], small[3], small[4], [[0, NaN], [NaN, 1], [NaN, NaN]]] },
    { name: 'no rows', tolerance: EXACT, args: [small[0], small[1], small[2], small[3], small[4], []] },
    { name: 'regression values', tolerance: EXACT, args: [[1, -1, -1], [2, -1, -1], [0, -2, -2], [0, -2, -2], [[1.5], [-2.25], [7.125]], [[-1], [0], [1e-300], [1e300]]] },
    { name: 'depth-4 tree', tolerance: EXACT, args: randomCase(41, 40, 3, 4, 30) },
    { name: 'rows with some NaN features', tolerance: EXACT, args: randomCase(43, 30, 4, -1, 40, true) },
    { name: 'a cycle throws', expectError: true, args: [[1, 0, -1], [2, 2, -1], [0, 0, -2], [5, 5, -2], [[1], [1], [1]], [[1]]] },
    { name: 'a child out of range throws', expectError: true, args: [[1, -1], [7, -1], [0, -2], [0, -2], [[1], [1]], [[1]]] },
    { name: 'a node with one child throws', expectError: true, args: [[1, -1], [-1, -1], [0, -2], [0, -2], [[1], [1]], [[1]]] },
    { name: 'a feature out of range throws', expectError: true, args: [[1, -1, -1], [2, -1, -1], [3, -2, -2], [0, -2, -2], [[1], [1], [1]], [[1, 2]]] },
    { name: 'arrays of different lengths throw', expectError: true, args: [[1, -1, -1], [2, -1, -1], [0, -2, -2], [0, -2], [[1], [1], [1]], [[1]]] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(600 + i);
      return { name: `random ${i + 1}`, tolerance: EXACT, args: randomCase(610 + i, r.int(10, 60), r.int(1, 5), [-1, 2, 5, -1, 3][i]!, r.int(5, 40), i === 3) };
    }),
    { name: 'large: deep tree, 2000 rows', tolerance: EXACT, weight: 2, args: randomCase(77, 500, 6, -1, 2000) },
  ],
});
