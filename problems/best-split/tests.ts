import { defineTests, rng } from '../../grader/kit.ts';
import { candidates } from './reference.ts';

type Criterion = 'gini' | 'entropy';
const TOL = { rtol: 1e-9, atol: 1e-12, fields: { feature: { exact: true } } };
const NO_SPLIT = { tolerance: TOL, nanEqual: true };

/**
 * Labels from a noisy threshold rule on one or two features, values on a coarse grid (so duplicates
 * occur). Redraws until every candidate gain is either tied with the best (|Δ| ≤ 1e-13) or at least
 * 1e-9 below it, and the best gain is clearly positive.
 */
function randomCase(seed: number, n: number, d: number, K: number, criterion: Criterion, msl: number, labelSet?: number[]) {
  const r = rng(seed);
  for (;;) {
    const X = Array.from({ length: n }, () => Array.from({ length: d }, () => Math.round(r.uniform(-10, 10) * 4) / 4));
    const f1 = r.int(0, d - 1), f2 = r.int(0, d - 1);
    const y = X.map((row) => {
      const s = row[f1]! + 0.5 * row[f2]! + r.normal(0, 3);
      const c = Math.min(K - 1, Math.max(0, Math.floor(((s + 15) / 30) * K)));
      return labelSet ? labelSet[c]! : c;
    });
    const cands = candidates(X, y, criterion, msl);
    if (cands.length === 0) continue;
    const best = Math.max(...cands.map((c) => c.gain));
    if (best < 1e-6) continue;
    if (cands.every((c) => best - c.gain <= 1e-13 || best - c.gain >= 1e-9)) return [X, y, criterion, msl];
  }
}

export default defineTests({
  cases: [
    { name: 'one feature, gini', sample: true, tolerance: TOL, args: [[[1], [2], [3], [4]], [0, 0, 1, 1], 'gini', 1] },
    { name: 'two features, entropy', sample: true, tolerance: TOL, args: [[[1, 5], [2, 3], [3, 8], [4, 1]], [0, 1, 0, 1], 'entropy', 1] },
    { name: 'minSamplesLeaf excludes every split', sample: true, ...NO_SPLIT, args: [[[1, 5], [2, 3], [3, 8], [4, 1]], [0, 1, 0, 1], 'entropy', 3] },
    { name: 'all features constant', ...NO_SPLIT, args: [[[2, 7], [2, 7], [2, 7]], [0, 1, 0], 'gini', 1] },
    { name: 'pure node', ...NO_SPLIT, args: [[[1, 2], [3, 4], [5, 0]], [4, 4, 4], 'entropy', 1] },
    { name: 'XOR: every gain is zero', ...NO_SPLIT, args: [[[0, 0], [0, 1], [1, 0], [1, 1]], [0, 1, 1, 0], 'gini', 1] },
    { name: 'one sample', ...NO_SPLIT, args: [[[3, 1]], [1], 'gini', 1] },
    { name: 'duplicate values: thresholds only between distinct values', tolerance: TOL, args: [[[1], [1], [1], [2], [2], [5]], [0, 0, 1, 1, 1, 1], 'gini', 1] },
    { name: 'tie across features: lower feature wins', tolerance: TOL, args: [[[3, 3], [1, 1], [4, 4], [2, 2]], [1, 0, 1, 0], 'entropy', 1] },
    { name: 'tie within a feature: lower threshold wins', tolerance: TOL, args: [[[0], [1], [2], [3]], [0, 1, 1, 0], 'gini', 1] },
    { name: 'minSamplesLeaf changes the answer', tolerance: TOL, args: [[[0, 0], [1, 5], [2, 1], [3, 6], [4, 2], [10, 7]], [1, 0, 0, 0, 0, 0], 'gini', 2] },
    { name: 'multiclass with non-contiguous labels', tolerance: TOL, args: [[[1, 9], [2, 8], [3, 7], [4, 1], [5, 2], [6, 3], [7, 5]], [3, 3, 7, 7, 7, 11, 11], 'entropy', 1] },
    { name: 'three balanced classes, gini', tolerance: TOL, args: [[[0], [1], [2], [3], [4], [5]], [0, 0, 1, 1, 2, 2], 'gini', 1] },
    { name: 'negative and large values', tolerance: TOL, args: [[[-1e6, 5], [3, -2.5], [1e6, 0], [7, -7]], [0, 1, 1, 1], 'gini', 1] },
    { name: 'empty X throws', expectError: true, args: [[], [], 'gini', 1] },
    { name: 'label count mismatch throws', expectError: true, args: [[[1], [2]], [0], 'gini', 1] },
    { name: 'minSamplesLeaf 0 throws', expectError: true, args: [[[1], [2]], [0, 1], 'gini', 0] },
    { name: 'rows of different lengths throw', expectError: true, args: [[[1, 2], [2], [3, 1]], [0, 1, 0], 'gini', 1] },
    { name: 'fractional minSamplesLeaf throws', expectError: true, args: [[[1], [2], [3]], [0, 1, 1], 'gini', 1.5] },
    { name: 'unknown criterion throws', expectError: true, args: [[[1], [2]], [0, 1], 'misclassification', 1] },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(1200 + i);
      const criterion: Criterion = i % 2 ? 'entropy' : 'gini';
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(1300 + i, r.int(8, 40), r.int(1, 5), r.int(2, 4), criterion, r.int(1, 3), i === 5 ? [-2, 5, 9, 40] : undefined) };
    }),
    { name: 'large: 400 rows, 8 features', tolerance: TOL, args: randomCase(8080, 400, 8, 3, 'entropy', 5), weight: 2 },
  ],
});
