import { defineTests, rng, type Rng } from '../../grader/kit.ts';
import { smallestMargin } from '../../grader/reference-kit/cart.ts';
import { fitForest, forestProba } from './reference.ts';

const TOL = { rtol: 1e-9, atol: 1e-12, fields: { labels: { exact: true } } };

function sample(r: Rng, d: number, size: number): number[] {
  const pool = Array.from({ length: d }, (_, f) => f);
  for (let i = 0; i < size; i++) { const j = i + r.int(0, d - 1 - i); [pool[i], pool[j]] = [pool[j]!, pool[i]!]; }
  return pool.slice(0, size).sort((a, b) => a - b);
}

/**
 * Bootstrap samples drawn with replacement and random feature subsets (sizes √d … d). Redraws until every
 * tree's split decisions are clear; keeps only test rows whose two largest averaged probabilities differ by
 * at least 1e-6, so the argmax is not decided by summation order.
 */
function randomCase(seed: number, n: number, d: number, K: number, M: number, maxDepth: number, msl: number, nTest: number, subsets: 'random' | 'single' | 'none' = 'random') {
  const r = rng(seed);
  for (;;) {
    const X = Array.from({ length: n }, () => Array.from({ length: d }, () => r.int(-8, 8) / 2));
    const w = Array.from({ length: d }, () => r.normal());
    const y = X.map((row) => Math.min(K - 1, Math.max(0, Math.floor((row.reduce((a, v, j) => a + w[j]! * v, 0) + r.normal(0, 2)) / 6 * K + K / 2))));
    const bootstrap = Array.from({ length: M }, () => Array.from({ length: n }, () => r.int(0, n - 1)));
    const featureSubsets = subsets === 'none' ? null : Array.from({ length: M }, () => sample(r, d, subsets === 'single' ? 1 : r.int(Math.max(1, Math.floor(Math.sqrt(d))), d)));
    const fits = fitForest(X, y, K, bootstrap, featureSubsets, maxDepth, msl);
    if (fits.some((f) => smallestMargin(f.margins) < 1e-7)) continue;
    const Xtest: number[][] = [];
    while (Xtest.length < nTest) {
      const x = Xtest.length % 2 ? [...X[r.int(0, n - 1)]!] : X[0]!.map(() => r.uniform(-4.5, 4.5));
      const p = forestProba(fits, K, x);
      const s = [...p].sort((a, b) => b - a);
      if (s.length < 2 || s[0]! - s[1]! >= 1e-6) Xtest.push(x);
    }
    return [X, y, K, bootstrap, featureSubsets, maxDepth, msl, Xtest];
  }
}

const X6 = [[1, 5], [2, 3], [3, 6], [4, 1], [5, 4], [6, 2]];
const y6 = [0, 0, 1, 1, 1, 0];
const two = [[0], [1]];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: [X6, y6, 2, [[0, 1, 2, 3, 3, 5], [1, 1, 2, 4, 5, 5]], [[0], [1]], -1, 1, [[2.5, 2], [3.5, 5], [6, 6]]] },
    { name: 'no feature subsets: bagged trees', sample: true, tolerance: TOL, args: [X6, y6, 2, [[0, 1, 2, 3, 3, 5], [1, 1, 2, 4, 5, 5]], null, 1, 1, [[2.5, 2], [3.5, 5], [6, 6]]] },
    { name: 'one tree equals a single tree on its bootstrap rows', tolerance: TOL, args: randomCase(31, 30, 3, 3, 1, -1, 1, 20) },
    { name: 'a bootstrap with a single class', tolerance: TOL, args: [X6, y6, 2, [[0, 1, 5, 0], [2, 3, 4, 0, 1, 5]], null, -1, 1, [[1, 1], [4, 4]]] },
    { name: 'feature subsets of size 1', tolerance: TOL, args: randomCase(33, 40, 4, 2, 5, 3, 1, 20, 'single') },
    { name: 'duplicated rows count in the leaf proportions', tolerance: TOL, args: [two, [0, 1], 2, [[0, 0, 0, 1], [0, 1, 1, 1, 1]], null, 0, 1, [[0.5]]] },
    { name: 'hard and soft votes disagree', tolerance: TOL, args: [two, [0, 1], 2, [[0, 0, 0, 0, 0, 0, 0, 0, 0, 1], [0, 0, 0, 0, 1, 1, 1, 1, 1, 1], [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]], null, 0, 1, [[0.3]]] },
    { name: 'a probability tie goes to the lower class', tolerance: TOL, args: [two, [0, 1], 2, [[0, 0, 0, 1], [0, 1, 1, 1]], null, 0, 1, [[0.3]]] },
    { name: 'K larger than the observed classes', tolerance: TOL, args: [X6, [0, 0, 3, 3, 3, 0], 4, [[0, 1, 2, 3, 4, 5], [0, 2, 2, 3, 5, 5]], [[0, 1], [1]], -1, 1, [[1, 1], [5, 5]]] },
    { name: 'minSamplesLeaf of 2', tolerance: TOL, args: randomCase(35, 40, 3, 3, 4, -1, 2, 20) },
    { name: 'bagging without subsets', tolerance: TOL, args: randomCase(36, 40, 3, 3, 6, 3, 1, 20, 'none') },
    { name: 'no trees throws', expectError: true, args: [X6, y6, 2, [], null, -1, 1, [[1, 1]]] },
    { name: 'a bootstrap index out of range throws', expectError: true, args: [X6, y6, 2, [[0, 6]], null, -1, 1, [[1, 1]]] },
    { name: 'one subset per tree is required', expectError: true, args: [X6, y6, 2, [[0, 1], [2, 3]], [[0]], -1, 1, [[1, 1]]] },
    { name: 'a subset feature out of range throws', expectError: true, args: [X6, y6, 2, [[0, 1]], [[2]], -1, 1, [[1, 1]]] },
    { name: 'a label outside [0, K) throws', expectError: true, args: [X6, [0, 0, 1, 1, 2, 0], 2, [[0, 1]], null, -1, 1, [[1, 1]]] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(1000 + i);
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(1010 + i, r.int(20, 60), r.int(2, 6), r.int(2, 4), r.int(3, 10), [-1, 3, 4, -1, 2][i]!, r.int(1, 3), 25) };
    }),
    { name: 'large: 25 trees on 300 rows', tolerance: TOL, weight: 2, args: randomCase(4040, 300, 8, 3, 25, -1, 1, 200) },
  ],
});
