import { defineTests, rng } from '../../grader/kit.ts';
import { multinomialNb } from './reference.ts';

const TOL = { rtol: 1e-9, atol: 1e-9, fields: { classes: { exact: true }, predictions: { exact: true } } };

/** Word counts drawn from class-specific profiles; keeps test rows whose top two log-posteriors differ by ≥ 1e-6. */
function randomCase(seed: number, n: number, V: number, labels: number[], alpha: number, nTest: number, scale = 4) {
  const r = rng(seed);
  const profiles = labels.map(() => Array.from({ length: V }, () => r.uniform(0, 1) ** 2));
  const draw = (k: number) => profiles[k]!.map((p) => Math.floor(r.uniform(0, scale * p * 2)));
  const ytrain = Array.from({ length: n }, (_, i) => labels[i % labels.length]!);
  const Xtrain = ytrain.map((c) => draw(labels.indexOf(c)));
  const Xtest: number[][] = [];
  while (Xtest.length < nTest) {
    const x = draw(r.int(0, labels.length - 1));
    const lp = multinomialNb(Xtrain, ytrain, [x], alpha).logProba[0]!;
    const s = [...lp].sort((a, b) => b - a);
    if (s.length < 2 || s[0]! - s[1]! >= 1e-6) Xtest.push(x);
  }
  return [Xtrain, ytrain, Xtest, alpha];
}

const Xtr = [[2, 1, 0], [1, 0, 0], [0, 1, 3], [0, 2, 1]];
const ytr = [0, 0, 1, 1];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: [Xtr, ytr, [[1, 0, 1], [0, 0, 0]], 1] },
    { name: 'non-contiguous labels and fractional counts', sample: true, tolerance: TOL, args: [[[0.5, 1.5], [2, 0.25], [1, 1]], [7, 3, 7], [[1, 0], [0, 2]], 0.5] },
    { name: 'a word unseen in a class', tolerance: TOL, args: [Xtr, ytr, [[0, 0, 5], [4, 0, 0]], 0.1] },
    { name: 'an empty test document scores the prior', tolerance: TOL, args: [[[1, 0], [0, 1], [1, 1]], [0, 1, 1], [[0, 0]], 1] },
    { name: 'imbalanced classes', tolerance: TOL, args: [[[1, 1], [1, 2], [2, 1], [1, 1], [0, 3]], [0, 0, 0, 0, 1], [[1, 1], [0, 1]], 1] },
    { name: 'a long document needs log space', tolerance: TOL, args: [Xtr, ytr, [[3000, 2000, 1000]], 1] },
    { name: 'a single class', tolerance: TOL, args: [[[1, 2], [3, 0]], [4, 4], [[1, 1]], 1] },
    { name: 'three classes, small alpha', tolerance: TOL, args: randomCase(7, 30, 6, [0, 1, 2], 0.01, 6) },
    { name: 'a zero alpha throws', expectError: true, args: [Xtr, ytr, [[1, 0, 1]], 0] },
    { name: 'a negative count throws', expectError: true, args: [Xtr, ytr, [[1, -1, 1]], 1] },
    { name: 'test rows of another width throw', expectError: true, args: [Xtr, ytr, [[1, 0]], 1] },
    { name: 'a label count mismatch throws', expectError: true, args: [Xtr, [0, 1], [[1, 0, 1]], 1] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(2100 + i);
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(2110 + i, r.int(6, 40), r.int(2, 10), [[0, 1], [0, 1, 2], [2, 5, 9], [0, 1, 2, 3], [-1, 1]][i]!, [1, 0.5, 2, 0.1, 1][i]!, r.int(2, 10)) };
    }),
    { name: 'large: 200 documents, 100-word vocabulary', tolerance: TOL, weight: 2, args: randomCase(99, 200, 100, [0, 1, 2, 3, 4], 1, 100) },
  ],
});
