import { defineTests, rng, rowsSumTo } from '../../grader/kit.ts';
import { ovrLogistic } from './reference.ts';

const TOL = { rtol: 1e-9, atol: 1e-12, fields: { labels: { exact: true } } };

/** Blobs per class; keeps test rows whose two best binary scores differ by ≥ 1e-6. */
function randomCase(seed: number, n: number, p: number, K: number, lr: number, iters: number, nTest: number) {
  const r = rng(seed);
  const centres = Array.from({ length: K }, () => Array.from({ length: p }, () => r.uniform(-3, 3)));
  const y = Array.from({ length: n }, (_, i) => i % K);
  const X = y.map((c) => centres[c]!.map((v) => v + r.normal(0, 1.2)));
  const Xtest: number[][] = [];
  while (Xtest.length < nTest) {
    const x = Array.from({ length: p }, () => r.uniform(-4, 4));
    const s = [...ovrLogistic(X, y, K, lr, iters, [x]).scores[0]!].sort((a, b) => b - a);
    if (s[0]! - s[1]! >= 1e-6) Xtest.push(x);
  }
  return [X, y, K, lr, iters, Xtest];
}

const X6 = [[0, 0], [1, 0], [4, 0], [5, 0], [2, 4], [3, 5]];
const y6 = [0, 0, 1, 1, 2, 2];

export default defineTests({
  checks: { rowsSumTo1: rowsSumTo(1, { field: 'proba', within: [0, 1] }) },
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, check: 'rowsSumTo1', args: [X6, y6, 3, 0.5, 2, [[0.5, 0], [4.5, 0.5], [2.5, 4.5]]] },
    { name: 'no iterations: every score is one half', sample: true, tolerance: TOL, check: 'rowsSumTo1', args: [X6, y6, 3, 0.5, 0, [[1, 1]]] },
    { name: 'a class with no training rows', tolerance: TOL, check: 'rowsSumTo1', args: [X6, [0, 0, 1, 1, 1, 1], 3, 0.3, 5, [[0, 0], [4, 1]]] },
    { name: 'two classes fit two models', tolerance: TOL, check: 'rowsSumTo1', args: randomCase(3, 20, 2, 2, 0.2, 15, 5) },
    { name: 'test rows far outside the training range', tolerance: TOL, check: 'rowsSumTo1', args: [X6, y6, 3, 0.5, 5, [[100, 0], [-50, -50], [0, 80]]] },
    { name: 'a score tie goes to the lower class', tolerance: TOL, check: 'rowsSumTo1', args: [[[1], [-1]], [0, 1], 3, 0.5, 3, [[0]]] },
    { name: 'a label of K or more throws', expectError: true, args: [X6, [0, 0, 1, 1, 3, 2], 3, 0.5, 2, [[0, 0]]] },
    { name: 'K below 2 throws', expectError: true, args: [X6, [0, 0, 0, 0, 0, 0], 1, 0.5, 2, [[0, 0]]] },
    { name: 'test rows of another width throw', expectError: true, args: [X6, y6, 3, 0.5, 2, [[0]]] },
    { name: 'a zero learning rate throws', expectError: true, args: [X6, y6, 3, 0, 2, [[0, 0]]] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(3300 + i);
      return { name: `random ${i + 1}`, tolerance: TOL, check: 'rowsSumTo1', args: randomCase(3310 + i, r.int(6, 40), r.int(1, 4), r.int(2, 5), [0.1, 0.5, 1, 0.05, 0.3][i]!, r.int(1, 40), r.int(2, 8)) };
    }),
    { name: 'large: 300 rows, 4 classes, 100 steps', tolerance: TOL, check: 'rowsSumTo1', weight: 2, args: randomCase(99, 300, 5, 4, 0.3, 100, 100) },
  ],
});
