import { defineTests, rng } from '../../grader/kit.ts';
import { smallestMargin } from '../../grader/reference-kit/cart.ts';
import { boost } from './reference.ts';

const TOL = { rtol: 1e-9, atol: 1e-9 };

/** A smooth target plus noise on coarse-grid features; redraws until every stage's splits are clear. */
function randomCase(seed: number, n: number, d: number, M: number, lr: number, maxDepth: number, nTest: number) {
  const r = rng(seed);
  for (;;) {
    const X = Array.from({ length: n }, () => Array.from({ length: d }, () => r.int(-10, 10) / 2));
    const y = X.map((row) => 3 * Math.sin(row[0]!) + (d > 1 ? row[1]! * Math.abs(row[0]!) / 3 : 0) + r.normal(0, 0.5));
    const Xtest = Array.from({ length: nTest }, (_, i) => (i % 2 ? [...X[r.int(0, n - 1)]!] : X[0]!.map(() => r.uniform(-6, 6))));
    const { fits } = boost(X, y, M, lr, maxDepth, Xtest);
    if (fits.every((f) => smallestMargin(f.margins) >= 1e-7)) return [X, y, M, lr, maxDepth, Xtest];
  }
}

const X6 = [[1], [2], [3], [4], [5], [6]];
const y6 = [1, 1, 3, 5, 5, 9];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: [X6, y6, 2, 0.5, 1, [[0], [3.5], [7]]] },
    { name: 'no stages: the mean', sample: true, tolerance: TOL, args: [X6, y6, 0, 0.1, 3, [[0], [10]]] },
    { name: 'constant targets', tolerance: TOL, args: [[[1, 2], [3, 1], [2, 5]], [4, 4, 4], 5, 0.3, 2, [[0, 0], [3, 3]]] },
    { name: 'learning rate 1 with deep trees interpolates', tolerance: TOL, args: [X6, y6, 1, 1, 5, X6] },
    { name: 'stumps on two features', tolerance: TOL, args: randomCase(12, 30, 2, 8, 0.3, 1, 20) },
    { name: 'test values on thresholds go left', tolerance: TOL, args: [[[0], [2], [4], [6]], [0, 0, 8, 8], 1, 1, 1, [[3], [3.0000001]]] },
    { name: 'many small steps', tolerance: TOL, args: randomCase(13, 40, 3, 40, 0.05, 2, 20) },
    { name: 'empty X throws', expectError: true, args: [[], [], 1, 0.1, 1, []] },
    { name: 'a negative number of stages throws', expectError: true, args: [X6, y6, -1, 0.1, 1, []] },
    { name: 'a zero learning rate throws', expectError: true, args: [X6, y6, 3, 0, 1, []] },
    { name: 'maxDepth 0 throws', expectError: true, args: [X6, y6, 3, 0.1, 0, []] },
    { name: 'test rows of another width throw', expectError: true, args: [X6, y6, 3, 0.1, 1, [[1, 2]]] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(140 + i);
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(150 + i, r.int(10, 50), r.int(1, 4), r.int(1, 15), [0.1, 0.5, 1, 0.2, 0.8][i]!, r.int(1, 4), 20) };
    }),
    { name: 'large: 50 stages of depth-3 trees on 300 rows', tolerance: TOL, weight: 2, args: randomCase(4444, 300, 4, 50, 0.1, 3, 200) },
  ],
});
