import { defineTests, rng } from '../../grader/kit.ts';
import { fitTree, smallestMargin } from '../../grader/reference-kit/cart.ts';

type Criterion = 'gini' | 'entropy';
const TOL = { rtol: 1e-9, atol: 1e-12, fields: { labels: { exact: true }, depth: { exact: true }, leaves: { exact: true } } };

/**
 * Features on a coarse grid (duplicates occur), labels from a noisy rule. Redraws until every split decision
 * of the grown tree is clear: best gain and the gap to the next non-tied candidate both above 1e-7 of the
 * node's impurity. Test rows mix training rows, grid points (many exactly on thresholds) and off-grid points.
 */
function randomCase(seed: number, n: number, d: number, K: number, criterion: Criterion, maxDepth: number, mss: number, msl: number, nTest: number) {
  const r = rng(seed);
  for (;;) {
    const X = Array.from({ length: n }, () => Array.from({ length: d }, () => r.int(-8, 8) / 2));
    const w = Array.from({ length: d }, () => r.normal());
    const y = X.map((row) => {
      const s = row.reduce((a, v, j) => a + v * w[j]!, 0) + r.normal(0, 1.5) + Math.sin(row[0]! * 1.7) * 2;
      return Math.min(K - 1, Math.max(0, Math.floor((s / 8 + 0.5) * K)));
    });
    if (new Set(y).size < 2) continue;
    const fit = fitTree(X, y, X.map((_, i) => i), { criterion, maxDepth, minSamplesSplit: mss, minSamplesLeaf: msl, K });
    if (smallestMargin(fit.margins) < 1e-7) continue;
    const Xtest = Array.from({ length: nTest }, (_, i) =>
      i % 3 === 0 ? [...X[r.int(0, n - 1)]!] : i % 3 === 1 ? X[0]!.map(() => r.int(-9, 9) / 2 + 0.25) : X[0]!.map(() => r.uniform(-5, 5)));
    return [X, y, K, maxDepth, mss, msl, criterion, Xtest];
  }
}

const line = [[1], [2], [3], [4], [5], [6]];
const lineY = [0, 0, 1, 1, 0, 0];
const xor = [[0, 0], [0, 1], [1, 0], [1, 1]];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: [line, lineY, 2, -1, 2, 1, 'gini', [[2.5], [4], [4.5], [7]]] },
    { name: 'depth limit of 1', sample: true, tolerance: TOL, args: [line, lineY, 2, 1, 2, 1, 'gini', [[0], [4]]] },
    { name: 'maxDepth 0 gives a single leaf', tolerance: TOL, args: [line, lineY, 2, 0, 2, 1, 'entropy', [[0], [3], [9]]] },
    { name: 'XOR: no split has positive gain', tolerance: TOL, args: [xor, [0, 1, 1, 0], 2, -1, 2, 1, 'gini', [[0, 0], [1, 0], [0.2, 0.9]]] },
    { name: 'identical rows with different labels', tolerance: TOL, args: [[[1, 1], [1, 1], [1, 1], [3, 0]], [0, 1, 1, 2], 3, -1, 2, 1, 'entropy', [[1, 1], [3, 0], [2, 0.5]]] },
    { name: 'minSamplesSplit larger than n', tolerance: TOL, args: [line, lineY, 2, -1, 7, 1, 'gini', [[1], [3.5]]] },
    { name: 'a single class', tolerance: TOL, args: [[[1, 2], [3, 4], [5, 6]], [1, 1, 1], 2, -1, 2, 1, 'gini', [[0, 0], [9, 9]]] },
    { name: 'test values on thresholds go left', tolerance: TOL, args: [[[0, 10], [2, 20], [4, 30], [6, 40]], [0, 0, 1, 1], 2, -1, 2, 1, 'gini', [[3, 0], [3.0000001, 0], [1, 25], [5, 35]]] },
    { name: 'K larger than the observed classes', tolerance: TOL, args: [[[1], [2], [3], [4], [5]], [0, 2, 2, 4, 4], 5, -1, 2, 1, 'entropy', [[1], [2.4], [3.6], [6]]] },
    { name: 'minSamplesLeaf blocks the purest split', tolerance: TOL, args: [[[1], [2], [3], [4], [5], [6], [7]], [1, 0, 0, 0, 0, 0, 0], 2, -1, 2, 2, 'gini', [[1], [2], [6]]] },
    { name: 'majority tie goes to the lower class', tolerance: TOL, args: [[[1], [2], [3], [4], [5], [6]], [2, 1, 1, 2, 0, 0], 3, 1, 2, 1, 'gini', [[0], [3], [5]]] },
    { name: 'gini and entropy choose different roots', tolerance: TOL, args: [[[7, 3], [5, 2], [4, 1], [7, 8], [4, 9], [2, 1], [2, 5], [2, 2]], [2, 0, 0, 0, 0, 0, 1, 2], 3, 1, 2, 1, 'entropy', [[3.5, 3.5], [2, 4.5], [6, 1]]] },
    { name: 'depth limit of 2', tolerance: TOL, args: randomCase(4242, 40, 3, 3, 'gini', 2, 2, 1, 30) },
    { name: 'empty Xtest', tolerance: TOL, args: [line, lineY, 2, -1, 2, 1, 'gini', []] },
    { name: 'empty X throws', expectError: true, args: [[], [], 2, -1, 2, 1, 'gini', [[1]]] },
    { name: 'label outside [0, K) throws', expectError: true, args: [line, [0, 0, 1, 1, 2, 0], 2, -1, 2, 1, 'gini', [[1]]] },
    { name: 'minSamplesSplit of 1 throws', expectError: true, args: [line, lineY, 2, -1, 1, 1, 'gini', [[1]]] },
    { name: 'test rows of another width throw', expectError: true, args: [line, lineY, 2, -1, 2, 1, 'gini', [[1, 2]]] },
    { name: 'unknown criterion throws', expectError: true, args: [line, lineY, 2, -1, 2, 1, 'log_loss', [[1]]] },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(700 + i);
      const criterion: Criterion = i % 2 ? 'entropy' : 'gini';
      const maxDepth = [-1, 3, -1, 4, 2, -1][i]!;
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(710 + i, r.int(12, 50), r.int(1, 4), r.int(2, 4), criterion, maxDepth, r.int(2, 5), r.int(1, 3), 25) };
    }),
    { name: 'large: 300 rows, 6 features', tolerance: TOL, weight: 2, args: randomCase(9090, 300, 6, 4, 'entropy', -1, 2, 1, 300) },
  ],
});
