import { defineTests, rng } from '../../grader/kit.ts';
import { smallestMargin } from '../../grader/reference-kit/cart.ts';
import { boostLogistic, sigmoid } from './reference.ts';

const TOL = { rtol: 1e-9, atol: 1e-12, fields: { labels: { exact: true } } };

/**
 * Noisy labels from a nonlinear score on coarse-grid features. Redraws until every stage's splits are clear,
 * then keeps only test rows whose probability is at least 1e-6 away from 0.5.
 */
function randomCase(seed: number, n: number, d: number, M: number, lr: number, maxDepth: number, nTest: number) {
  const r = rng(seed);
  for (;;) {
    const X = Array.from({ length: n }, () => Array.from({ length: d }, () => r.int(-8, 8) / 2));
    const y: number[] = X.map((row) => (sigmoid(2 * Math.sin(row[0]!) + (d > 1 ? row[1]! / 2 : 0)) > r.uniform() ? 1 : 0));
    const pos = y.reduce((a, b) => a + b, 0);
    if (pos === 0 || pos === n) continue;
    const candidates = Array.from({ length: nTest * 2 }, (_, i) => (i % 2 ? [...X[r.int(0, n - 1)]!] : X[0]!.map(() => r.uniform(-5, 5))));
    const { F, fits } = boostLogistic(X, y, M, lr, maxDepth, candidates);
    if (fits.some((f) => smallestMargin(f.margins) < 1e-7)) continue;
    const Xtest = candidates.filter((_, i) => Math.abs(sigmoid(F[i]!) - 0.5) >= 1e-6).slice(0, nTest);
    return [X, y, M, lr, maxDepth, Xtest];
  }
}

const X6 = [[1], [2], [3], [4], [5], [6]];
const y6 = [0, 0, 1, 0, 1, 1];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: [X6, y6, 1, 1, 1, [[2], [4], [6]]] },
    { name: 'no stages: the prior', sample: true, tolerance: TOL, args: [X6, [0, 0, 0, 0, 1, 1], 0, 0.1, 2, [[0], [9]]] },
    { name: 'no stages on balanced classes gives label 0', tolerance: TOL, args: [X6, y6, 0, 0.1, 2, [[3]]] },
    { name: 'a pure leaf takes a large Newton step', tolerance: TOL, args: [[[1], [2], [3], [4], [5], [6], [7], [8]], [0, 0, 0, 0, 0, 1, 1, 0], 1, 1, 2, [[1], [6], [8]]] },
    { name: 'stumps, several stages', tolerance: TOL, args: randomCase(21, 30, 2, 6, 0.5, 1, 20) },
    { name: 'deeper trees, many small stages', tolerance: TOL, args: randomCase(22, 40, 3, 30, 0.1, 3, 20) },
    { name: 'a single class throws', expectError: true, args: [X6, [1, 1, 1, 1, 1, 1], 3, 0.1, 1, [[1]]] },
    { name: 'labels other than 0 and 1 throw', expectError: true, args: [X6, [0, 0, 1, 0, 2, 1], 3, 0.1, 1, [[1]]] },
    { name: 'a negative number of stages throws', expectError: true, args: [X6, y6, -1, 0.1, 1, [[1]]] },
    { name: 'a zero learning rate throws', expectError: true, args: [X6, y6, 3, 0, 1, [[1]]] },
    { name: 'maxDepth 0 throws', expectError: true, args: [X6, y6, 3, 0.1, 0, [[1]]] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(160 + i);
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(170 + i, r.int(12, 50), r.int(1, 4), r.int(1, 12), [0.1, 0.5, 1, 0.3, 0.8][i]!, r.int(1, 3), 20) };
    }),
    { name: 'large: 40 stages of depth-3 trees on 300 rows', tolerance: TOL, weight: 2, args: randomCase(5555, 300, 4, 40, 0.1, 3, 200) },
  ],
});
