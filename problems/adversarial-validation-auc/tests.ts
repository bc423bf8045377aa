import { defineTests, rng } from '../../grader/kit.ts';
import { outOfFoldScores } from './reference.ts';

/** Train ~ N(0, 1), test ~ N(shift, 1) per feature; folds round-robin over a shuffled order; scores kept apart and off 0.5. */
function randomCase(seed: number, nTrain: number, nTest: number, d: number, shift: number, K: number, lr: number, nIters: number, threshold: number) {
  const r = rng(seed);
  for (;;) {
    const Xtrain = r.normalMatrix(nTrain, d, 0, 1);
    const Xtest = r.normalMatrix(nTest, d, shift, 1);
    const perm = Array.from({ length: nTrain + nTest }, (_, i) => i);
    for (let i = perm.length - 1; i > 0; i--) { const j = r.int(0, i); [perm[i], perm[j]] = [perm[j]!, perm[i]!]; }
    const folds = new Array<number>(perm.length);
    perm.forEach((row, k) => { folds[row] = k % K; });
    const X = [...Xtrain, ...Xtest];
    const s = outOfFoldScores(X, X.map((_, i) => (i < nTrain ? 0 : 1)), folds, K, lr, nIters);
    const sorted = [...s].sort((a, b) => a - b);
    if (s.every((v) => Math.abs(v - 0.5) > 1e-9) && sorted.every((v, i) => i === 0 || v - sorted[i - 1]! > 1e-9)) return [Xtrain, Xtest, folds, lr, nIters, threshold];
  }
}

// duplicated rows: each test row copies a training row and shares its fold, so their scores tie exactly
const tied = (() => {
  const r = rng(7900);
  const Xtrain = r.normalMatrix(8, 2, 0, 1);
  const Xtest = [Xtrain[0]!, Xtrain[3]!, Xtrain[5]!, [2, 2]];
  const folds = [0, 1, 2, 0, 1, 2, 0, 1, 0, 0, 2, 1];
  return [Xtrain, Xtest, folds, 0.3, 50, 0.6];
})();

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[[0], [1], [2], [0.5]], [[3], [2.5]], [0, 1, 0, 1, 0, 1], 0.5, 200, 0.6] },
    { name: 'a shifted feature', sample: true, args: randomCase(7901, 30, 20, 2, 1.5, 3, 0.3, 100, 0.6) },
    { name: 'same distribution, 80/20 sizes', args: randomCase(7902, 80, 20, 3, 0, 5, 0.2, 100, 0.6) },
    { name: 'perfectly separable sets', args: [[[0, 0], [1, 0], [0, 1], [1, 1]], [[5, 5], [6, 5], [5, 6]], [0, 1, 2, 0, 1, 2, 0], 0.5, 300, 0.6] },
    { name: 'a fold with a single label', args: [[[0.1], [0.4], [0.2], [0.9]], [[1.5], [1.2], [2]], [0, 0, 1, 1, 1, 1, 2], 0.5, 100, 0.7] },
    { name: 'tied scores across the sets', args: tied },
    { name: 'two folds', args: randomCase(7903, 15, 15, 2, 0.7, 2, 0.5, 60, 0.55) },
    ...Array.from({ length: 4 }, (_, i) => {
      const r = rng(7910 + i);
      return { name: `random ${i + 1}`, args: randomCase(7920 + i, r.int(10, 50), r.int(5, 30), r.int(1, 4), r.uniform(0, 1.5), r.int(2, 5), r.uniform(0.05, 0.5), r.int(10, 150), r.uniform(0.55, 0.75)) };
    }),
    { name: 'large: 3000 rows, 10 features', args: randomCase(8000, 2000, 1000, 10, 0.2, 5, 0.1, 50, 0.6), weight: 2 },
    { name: 'fold ids with a gap throw', args: [[[0], [1]], [[2]], [0, 2, 0], 0.5, 10, 0.6], expectError: true },
    { name: 'an empty test set throws', args: [[[0], [1]], [], [0, 1], 0.5, 10, 0.6], expectError: true },
    { name: 'a zero learning rate throws', args: [[[0], [1]], [[2]], [0, 1, 0], 0, 10, 0.6], expectError: true },
  ],
});
