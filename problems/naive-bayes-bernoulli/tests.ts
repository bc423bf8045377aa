import { defineTests, rng } from '../../grader/kit.ts';
import { bernoulliNb } from './reference.ts';

const TOL = { rtol: 1e-9, atol: 1e-9, fields: { classes: { exact: true }, predictions: { exact: true } } };

/** Binary features from class-specific rates; keeps test rows whose top two log-posteriors differ by ≥ 1e-6. */
function randomCase(seed: number, n: number, d: number, labels: number[], alpha: number, nTest: number) {
  const r = rng(seed);
  const rates = labels.map(() => Array.from({ length: d }, () => r.uniform(0.05, 0.95)));
  const draw = (k: number) => rates[k]!.map((p) => (r.uniform() < p ? 1 : 0));
  const ytrain = Array.from({ length: n }, (_, i) => labels[i % labels.length]!);
  const Xtrain = ytrain.map((c) => draw(labels.indexOf(c)));
  const Xtest: number[][] = [];
  while (Xtest.length < nTest) {
    const x = draw(r.int(0, labels.length - 1));
    const lp = bernoulliNb(Xtrain, ytrain, [x], alpha).logProba[0]!;
    const s = [...lp].sort((a, b) => b - a);
    if (s.length < 2 || s[0]! - s[1]! >= 1e-6) Xtest.push(x);
  }
  return [Xtrain, ytrain, Xtest, alpha];
}

const Xtr = [[1, 0, 1], [1, 1, 0], [0, 1, 1], [0, 1, 0], [0, 0, 1]];
const ytr = [0, 0, 1, 1, 1];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: [Xtr, ytr, [[1, 0, 0], [0, 1, 1]], 1] },
    { name: 'absent features count too', sample: true, tolerance: TOL, args: [[[1, 1, 1, 0], [1, 0, 0, 0], [1, 1, 1, 1], [1, 0, 1, 1]], [5, 5, 8, 8], [[1, 0, 0, 0], [0, 0, 0, 0]], 0.5] },
    { name: 'a feature always on in a class', tolerance: TOL, args: [[[1, 0], [1, 1], [0, 0], [0, 1]], [0, 0, 1, 1], [[0, 1], [1, 0]], 0.01] },
    { name: 'a single class', tolerance: TOL, args: [[[1, 0], [0, 1]], [3, 3], [[1, 1]], 1] },
    { name: 'many features', tolerance: TOL, args: randomCase(3, 30, 12, [0, 1], 1, 6) },
    { name: 'imbalanced classes', tolerance: TOL, args: [[[1, 0], [0, 1], [1, 1], [0, 0], [1, 0]], [1, 0, 0, 0, 0], [[1, 0], [0, 0]], 1] },
    { name: 'three classes, small alpha', tolerance: TOL, args: randomCase(4, 24, 8, [2, 4, 6], 0.1, 6) },
    { name: 'a non-binary feature throws', expectError: true, args: [Xtr, ytr, [[1, 2, 0]], 1] },
    { name: 'a zero alpha throws', expectError: true, args: [Xtr, ytr, [[1, 0, 0]], 0] },
    { name: 'test rows of another width throw', expectError: true, args: [Xtr, ytr, [[1, 0]], 1] },
    { name: 'a label count mismatch throws', expectError: true, args: [Xtr, [0, 1], [[1, 0, 0]], 1] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(2200 + i);
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(2210 + i, r.int(6, 40), r.int(2, 12), [[0, 1], [0, 1, 2], [-1, 1], [1, 2, 3, 4], [0, 9]][i]!, [1, 0.5, 2, 0.1, 1][i]!, r.int(2, 10)) };
    }),
    { name: 'large: 300 rows, 60 features', tolerance: TOL, weight: 2, args: randomCase(99, 300, 60, [0, 1, 2], 1, 100) },
  ],
});
