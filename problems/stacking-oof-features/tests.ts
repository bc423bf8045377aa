import { defineTests, rng } from '../../grader/kit.ts';

const TOL = { rtol: 1e-8, atol: 1e-9 };

/** Rows dealt to K folds by a shuffled round-robin. */
function makeFolds(seed: number, n: number, K: number): number[][] {
  const r = rng(seed);
  const perm = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) { const j = r.int(0, i); [perm[i], perm[j]] = [perm[j]!, perm[i]!]; }
  return Array.from({ length: K }, (_, k) => perm.filter((_, i) => i % K === k).sort((a, b) => a - b));
}

function randomCase(seed: number, n: number, d: number, alphas: number[], K: number, metaRidge: number, nTest: number) {
  const r = rng(seed);
  const X = Array.from({ length: n }, () => Array.from({ length: d }, () => r.uniform(-2, 2)));
  const w = Array.from({ length: d }, () => r.normal(0, 2));
  const y = X.map((row) => 0.5 + row.reduce((a, v, j) => a + w[j]! * v, 0) + 0.8 * Math.sin(2 * row[0]!) + r.normal(0, 0.3));
  const Xtest = Array.from({ length: nTest }, () => Array.from({ length: d }, () => r.uniform(-2.5, 2.5)));
  return [X, y, alphas, makeFolds(seed + 1, n, K), Xtest, metaRidge];
}

const X6 = [[0], [1], [2], [3], [4], [5]];
const y6 = [1, 2, 2, 5, 4, 7];
const folds3 = [[0, 3], [1, 4], [2, 5]];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: [X6, y6, [0, 10], folds3, [[6]], 0] },
    { name: 'one base model', sample: true, tolerance: TOL, args: [X6, y6, [1], folds3, [[2.5], [-1]], 0] },
    { name: 'a perfect base model gets weight 1', tolerance: TOL, args: [[[0, 1], [1, 3], [2, 2], [3, 5], [4, 4], [5, 0]], [2, 7, 6, 13, 12, 5], [0], folds3, [[1, 1]], 0] },
    { name: 'identical base models with a meta penalty', tolerance: TOL, args: randomCase(5, 20, 2, [1, 1], 4, 0.5, 3) },
    { name: 'leave-one-out folds', tolerance: TOL, args: [X6, y6, [0, 3], [[0], [1], [2], [3], [4], [5]], [[2]], 0.1] },
    { name: 'two folds', tolerance: TOL, args: randomCase(6, 16, 3, [0.1, 5, 50], 2, 0, 4) },
    { name: 'identical base models without a meta penalty throw', expectError: true, args: randomCase(5, 20, 2, [1, 1], 4, 0, 3) },
    { name: 'folds that miss a row throw', expectError: true, args: [X6, y6, [1], [[0, 3], [1, 4], [2]], [[1]], 0] },
    { name: 'folds that repeat a row throw', expectError: true, args: [X6, y6, [1], [[0, 3], [1, 4], [2, 5, 0]], [[1]], 0] },
    { name: 'a single fold throws', expectError: true, args: [X6, y6, [1], [[0, 1, 2, 3, 4, 5]], [[1]], 0] },
    { name: 'a negative alpha throws', expectError: true, args: [X6, y6, [-1], folds3, [[1]], 0] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(400 + i);
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(410 + i, r.int(12, 40), r.int(1, 4), [[0.01, 1], [0, 2, 20], [5], [0.5, 3, 9, 27], [1, 100]][i]!, r.int(2, 5), [0, 0.1, 0, 1, 0][i]!, r.int(1, 8)) };
    }),
    { name: 'large: 300 rows, 5 folds, 3 base models', tolerance: TOL, weight: 2, args: randomCase(777, 300, 5, [0.1, 10, 100], 5, 1, 100) },
  ],
});
