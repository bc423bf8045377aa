import { defineTests, rng } from '../../grader/kit.ts';
import { candidates, impurity } from './reference.ts';

type Criterion = 'mse' | 'mae';
const TOL = { rtol: 1e-9, atol: 1e-12, fields: { feature: { exact: true } } };
const NO_SPLIT = { tolerance: TOL, nanEqual: true };

/**
 * Coarse-grid features (duplicates occur), a noisy target with occasional outliers. Redraws until the best
 * candidate beats every non-tied one by at least 1e-7 of the parent impurity and clearly reduces it.
 */
function randomCase(seed: number, n: number, d: number, criterion: Criterion, msl: number, offset = 0) {
  const r = rng(seed);
  for (;;) {
    const X = Array.from({ length: n }, () => Array.from({ length: d }, () => r.int(-12, 12) / 4));
    const f = r.int(0, d - 1);
    const y = X.map((row) => offset + (row[f]! > 0 ? 3 : -1) + r.normal(0, 1.5) + (r.uniform() < 0.1 ? r.uniform(15, 40) : 0));
    const parent = impurity(y, criterion);
    const cands = candidates(X, y, criterion, msl);
    if (cands.length === 0) continue;
    const best = Math.min(...cands.map((c) => c.child));
    if (parent - best < 1e-3 * parent) continue;
    if (cands.every((c) => c.child - best <= 1e-13 * parent || c.child - best >= 1e-7 * parent)) return [X, y, criterion, msl];
  }
}

const line = [[1], [2], [3], [4], [5], [6], [7]];
const outlierY = [6, 0, 5, 9, 9, 43, 6];

export default defineTests({
  cases: [
    { name: 'outlier: MSE', sample: true, tolerance: TOL, args: [line, outlierY, 'mse', 1] },
    { name: 'outlier: MAE around the median', sample: true, tolerance: TOL, args: [line, outlierY, 'mae', 1] },
    { name: 'MAE and MSE disagree', tolerance: TOL, args: [[[3], [1], [7], [5], [2], [6], [4]], [5, 6, 6, 43, 0, 9, 9], 'mae', 1] },
    { name: 'even-sized children under MAE', tolerance: TOL, args: [[[1], [2], [3], [4], [5], [6], [7], [8]], [1, 2, 4, 7, 20, 21, 23, 30], 'mae', 2] },
    { name: 'constant targets: no split', ...NO_SPLIT, args: [[[1, 2], [3, 1], [2, 2]], [7, 7, 7], 'mse', 1] },
    { name: 'constant features: no split', ...NO_SPLIT, args: [[[1, 2], [1, 2], [1, 2]], [1, 5, 9], 'mae', 1] },
    { name: 'XOR targets: no reduction', ...NO_SPLIT, args: [[[0, 0], [0, 1], [1, 0], [1, 1]], [0, 1, 1, 0], 'mse', 1] },
    { name: 'minSamplesLeaf excludes every split', ...NO_SPLIT, args: [[[1], [2], [3]], [1, 5, 9], 'mse', 2] },
    { name: 'minSamplesLeaf changes the answer', tolerance: TOL, args: [[[1], [2], [3], [4], [5], [6]], [50, 1, 2, 1, 2, 1], 'mse', 2] },
    { name: 'tie across features: lower feature wins', tolerance: TOL, args: [[[1, 10], [2, 20], [3, 30], [4, 40]], [0, 0, 5, 5], 'mse', 1] },
    { name: 'one row', ...NO_SPLIT, args: [[[2]], [3], 'mae', 1] },
    { name: 'targets with a large offset', tolerance: TOL, args: randomCase(5151, 40, 2, 'mse', 1, 1e8) },
    { name: 'empty X throws', expectError: true, args: [[], [], 'mse', 1] },
    { name: 'target count mismatch throws', expectError: true, args: [line, [1, 2], 'mse', 1] },
    { name: 'minSamplesLeaf 0 throws', expectError: true, args: [line, outlierY, 'mae', 0] },
    { name: 'unknown criterion throws', expectError: true, args: [line, outlierY, 'huber', 1] },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(300 + i);
      const criterion: Criterion = i % 2 ? 'mae' : 'mse';
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(310 + i, r.int(8, 40), r.int(1, 4), criterion, r.int(1, 3)) };
    }),
    { name: 'large: 300 rows, 4 features, MAE', tolerance: TOL, weight: 2, args: randomCase(7070, 300, 4, 'mae', 3) },
  ],
});
