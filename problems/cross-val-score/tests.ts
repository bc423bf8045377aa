import { defineTests, rng } from '../../grader/kit.ts';

/** Contiguous K folds over n rows (first n mod K folds one larger). */
function kfold(n: number, K: number): number[][] {
  const folds: number[][] = [];
  let start = 0;
  for (let f = 0; f < K; f++) {
    const size = Math.floor(n / K) + (f < n % K ? 1 : 0);
    folds.push(Array.from({ length: size }, (_, j) => start + j));
    start += size;
  }
  return folds;
}

/** Linear data y = Xβ + b + noise with correlated features; rows in random order. */
function regression(seed: number, n: number, d: number, noise: number, offset = 3): [number[][], number[]] {
  const r = rng(seed);
  const beta = Array.from({ length: d }, () => r.normal(0, 2));
  const X: number[][] = [], y: number[] = [];
  for (let i = 0; i < n; i++) {
    const z = r.normal();
    const row = Array.from({ length: d }, () => 0.6 * z + r.normal());
    X.push(row);
    y.push(offset + row.reduce((s, v, j) => s + v * beta[j]!, 0) + r.normal(0, noise));
  }
  return [X, y];
}

const [X5, y5] = regression(2600, 25, 3, 1.5);
const [Xoff, yoff] = regression(2601, 12, 2, 0.5, 40);
const [Xbig, ybig] = regression(2699, 4000, 6, 2);
const Xconst = [[1, 5], [2, 5], [3, 5], [4, 5], [5, 7], [6, 8]];

export default defineTests({
  cases: [
    { name: 'six rows, three folds, OLS', sample: true, args: [[[1], [2], [3], [4], [5], [6]], [1.2, 1.9, 3.2, 3.8, 5.1, 6.3], [[0, 1], [2, 3], [4, 5]], 0] },
    { name: 'ridge, two folds', sample: true, args: [[[1, 0], [0, 1], [1, 1], [2, 1], [1, 2], [3, 0]], [1, 2, 3, 4, 4.5, 3.5], [[0, 2, 4], [1, 3, 5]], 0.5] },
    { name: 'five folds', args: [X5, y5, kfold(25, 5), 0.1] },
    { name: 'strong regularisation, offset target', args: [Xoff, yoff, kfold(12, 3), 50] },
    { name: 'constant target in a fold', args: [[[1], [2], [3], [4], [5], [6]], [2, 4, 5, 5, 5, 9], [[0, 1], [2, 3, 4], [5]], 0.2] },
    { name: 'constant target everywhere', args: [[[1], [2], [3], [4]], [7, 7, 7, 7], [[0, 1], [2, 3]], 0] },
    { name: 'single-row folds (leave-one-out)', args: [[[0], [1], [2], [3], [4]], [0.1, 1.2, 1.9, 3.3, 3.9], kfold(5, 5), 0] },
    { name: 'folds that do not cover every row', args: [X5, y5, [[0, 1, 2, 3], [10, 11, 12]], 1] },
    { name: 'one fold', args: [X5, y5, [[20, 21, 22, 23, 24]], 0] },
    { name: 'feature constant on the training rows throws', args: [Xconst, [1, 2, 3, 4, 5, 6], [[4, 5], [0, 1]], 0] , expectError: true },
    { name: 'the same feature constant is fine with ridge', args: [Xconst, [1, 2, 3, 4, 5, 6], [[4, 5], [0, 1]], 0.1] },
    { name: 'negative alpha throws', args: [[[1], [2], [3]], [1, 2, 3], [[0], [1, 2]], -1], expectError: true },
    { name: 'fold with every row throws', args: [[[1], [2], [3]], [1, 2, 3], [[0, 1, 2]], 0.1], expectError: true },
    { name: 'repeated index in a fold throws', args: [[[1], [2], [3], [4]], [1, 2, 3, 4], [[0, 0], [1, 2]], 0.1], expectError: true },
    { name: 'row count mismatch throws', args: [[[1], [2], [3]], [1, 2], [[0], [1]], 0.1], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const [X, y] = regression(2610 + i, 15 + 10 * i, 1 + i, 0.5 + i);
      return { name: `random ${i + 1}`, args: [X, y, kfold(15 + 10 * i, 2 + i), [0, 0.01, 1, 10, 0.5][i]!] };
    }),
    { name: 'large: 4000 rows, 6 features, 5 folds', args: [Xbig, ybig, kfold(4000, 5), 1], weight: 2 },
  ],
});
