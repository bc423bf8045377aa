import { defineTests, rng } from '../../grader/kit.ts';
import { fitTree, type Criterion } from '../../grader/reference-kit/cart.ts';
import { pruningPath } from './reference.ts';

const TOL = { rtol: 1e-9, atol: 1e-12 };

/**
 * A fully grown CART tree on random data. Redraws until, at every pruning step, the smallest effective alpha
 * is either exactly tied or ahead of the next one by at least 1e-7 of R(root).
 */
function randomCase(seed: number, n: number, d: number, criterion: Criterion, maxDepth: number) {
  const r = rng(seed);
  for (;;) {
    const X = Array.from({ length: n }, () => Array.from({ length: d }, () => r.int(-10, 10) / 2));
    const w = Array.from({ length: d }, () => r.normal());
    const y = X.map((row) => {
      const s = row.reduce((a, v, j) => a + w[j]! * v, 0) + r.normal(0, 1.5);
      return criterion === 'mse' ? s : Math.min(2, Math.max(0, Math.floor(s / 3 + 1.5)));
    });
    const { tree } = fitTree(X, y, X.map((_, i) => i), { criterion, maxDepth, minSamplesSplit: 2, minSamplesLeaf: 1, K: 3 });
    if (tree.left.length < 3) continue;
    const { gaps } = pruningPath(tree.left, tree.right, tree.impurity, tree.nSamples);
    if (gaps.every((g) => g >= 1e-7)) return [tree.left, tree.right, tree.impurity, tree.nSamples];
  }
}

const example = [[1, 2, -1, -1, -1], [4, 3, -1, -1, -1], [0.5, 10 / 36, 0, 0, 0], [10, 6, 5, 1, 4]];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: example },
    { name: 'the root is the weakest link', sample: true, tolerance: TOL, args: [[1, 2, -1, -1, -1], [4, 3, -1, -1, -1], [0.48, 10 / 36, 0, 0, 0.375], [10, 6, 5, 1, 4]] },
    { name: 'a single leaf', tolerance: TOL, args: [[-1], [-1], [0.3], [5]] },
    { name: 'equal alphas in two branches', tolerance: TOL, args: [[1, 2, -1, -1, 5, -1, -1], [4, 3, -1, -1, 6, -1, -1], [0.5, 0.125, 0, 0, 0.125, 0, 0], [8, 4, 2, 2, 4, 2, 2]] },
    { name: 'pruning changes an ancestor\'s alpha', tolerance: TOL, args: [[1, 2, 3, -1, -1, -1, -1], [6, 5, 4, -1, -1, -1, -1], [0.5, 0.42, 0.3, 0, 0, 0.1, 0], [20, 14, 9, 5, 4, 5, 6]] },
    { name: 'a deep chain', tolerance: TOL, args: [[1, 2, 3, 4, -1, -1, -1, -1, -1], [8, 7, 6, 5, -1, -1, -1, -1, -1], [0.5, 0.45, 0.4, 0.3, 0, 0, 0, 0, 0], [32, 24, 16, 8, 4, 4, 8, 8, 8]] },
    { name: 'weighted sample counts', tolerance: TOL, args: [[1, -1, 3, -1, -1], [2, -1, 4, -1, -1], [0.5, 0, 0.32, 0, 0.1], [7.5, 2.5, 5, 1, 4]] },
    { name: 'regression tree (variance impurity)', tolerance: TOL, args: randomCase(21, 30, 2, 'mse', 4) },
    { name: 'entropy tree', tolerance: TOL, args: randomCase(22, 40, 3, 'entropy', -1) },
    { name: 'arrays of different lengths throw', expectError: true, args: [[1, -1, -1], [2, -1, -1], [0.5, 0], [4, 2, 2]] },
    { name: 'a node with one child throws', expectError: true, args: [[1, -1], [-1, -1], [0.5, 0], [4, 4]] },
    { name: 'a cycle throws', expectError: true, args: [[1, 0, -1], [2, 2, -1], [0.5, 0.4, 0], [4, 3, 1]] },
    { name: 'a non-positive sample count throws', expectError: true, args: [[1, -1, -1], [2, -1, -1], [0.5, 0, 0], [4, 0, 4]] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(800 + i);
      const crit: Criterion = (['gini', 'entropy', 'mse'] as const)[i % 3]!;
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(810 + i, r.int(12, 40), r.int(1, 4), crit, [-1, 4, -1, 5, -1][i]!) };
    }),
    { name: 'large: 300-row tree', tolerance: TOL, weight: 2, args: randomCase(123, 300, 5, 'gini', -1) },
  ],
});
