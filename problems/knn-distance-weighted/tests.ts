import { defineTests, rng } from '../../grader/kit.ts';
import { knnWeighted, neighbours } from './reference.ts';

const TOL = { rtol: 1e-9, atol: 1e-12, fields: { classes: { exact: true }, pred: { exact: true } } };

/** Random labelled points; keeps test rows whose k-th/(k+1)-th distances and top two scores are clearly apart. */
function randomCase(seed: number, n: number, d: number, labels: number[], k: number, nTest: number) {
  const r = rng(seed);
  const centres = labels.map(() => Array.from({ length: d }, () => r.uniform(-3, 3)));
  const yTrain = Array.from({ length: n }, () => labels[r.int(0, labels.length - 1)]!);
  const Xtrain = yTrain.map((c) => centres[labels.indexOf(c)]!.map((v) => v + r.normal(0, 1.5)));
  const Xtest: number[][] = [];
  while (Xtest.length < nTest) {
    const x = Array.from({ length: d }, () => r.uniform(-4, 4));
    const all = neighbours(Xtrain, x, n);
    if (k < n && all[k]!.d - all[k - 1]!.d < 1e-6) continue;
    const p = knnWeighted(Xtrain, yTrain, [x], k).proba[0]!;
    const s = [...p].sort((a, b) => b - a);
    if (s.length < 2 || s[0]! - s[1]! >= 1e-6) Xtest.push(x);
  }
  return [Xtrain, yTrain, Xtest, k];
}

const Xtr = [[0, 0], [1, 0], [0, 2], [4, 4], [5, 4]];
const ytr = [0, 0, 1, 1, 1];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: [Xtr, ytr, [[0.5, 0.5], [0, 1.5]], 3] },
    { name: 'an exact duplicate of a training point', sample: true, tolerance: TOL, args: [Xtr, ytr, [[0, 2], [4, 4]], 3] },
    { name: 'several zero-distance neighbours with different labels', tolerance: TOL, args: [[[1, 1], [1, 1], [1, 1], [2, 2]], [3, 5, 5, 3], [[1, 1]], 4] },
    { name: 'k = 1', tolerance: TOL, args: [Xtr, ytr, [[0.9, 0.1], [3, 3]], 1] },
    { name: 'k larger than the training set is clamped', tolerance: TOL, args: [Xtr, ytr, [[2, 2]], 50] },
    { name: 'distance ties keep the lower index', tolerance: TOL, args: [[[1, 0], [-1, 0], [0, 1], [0, -1]], [1, 2, 3, 4], [[0, 0]], 2] },
    { name: 'equal weighted scores go to the smaller label', tolerance: TOL, args: [[[1, 0], [-1, 0]], [9, 4], [[0, 0]], 2] },
    { name: 'close neighbours outweigh a majority', tolerance: TOL, args: [[[0, 0], [3, 0], [0, 3], [-3, 0]], [1, 0, 0, 0], [[0.2, 0]], 4] },
    { name: 'k = 0 throws', expectError: true, args: [Xtr, ytr, [[0, 0]], 0] },
    { name: 'test rows of another width throw', expectError: true, args: [Xtr, ytr, [[0, 0, 0]], 2] },
    { name: 'a label count mismatch throws', expectError: true, args: [Xtr, [0, 1], [[0, 0]], 2] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(2300 + i);
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(2310 + i, r.int(8, 40), r.int(1, 4), [[0, 1], [0, 1, 2], [3, 7], [1, 2, 3, 4], [-1, 1]][i]!, r.int(1, 7), r.int(2, 10)) };
    }),
    { name: 'large: 500 training rows, 200 queries', tolerance: TOL, weight: 2, args: randomCase(99, 500, 4, [0, 1, 2], 7, 200) },
  ],
});
