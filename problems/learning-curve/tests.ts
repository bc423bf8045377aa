import { defineTests, rng } from '../../grader/kit.ts';

type Case = [number[][], number[], number[][], number[], number];

/** y = intercept + Xβ + noise. */
function data(seed: number, n: number, p: number, intercept = 0, noise = 0.5): [number[][], number[]] {
  const r = rng(seed);
  const beta = Array.from({ length: p }, () => r.normal(0, 2));
  const X = r.normalMatrix(n, p);
  return [X, X.map((row) => row.reduce((s, v, j) => s + v * beta[j]!, intercept) + r.normal(0, noise))];
}

/** sklearn KFold(k) without shuffling: contiguous folds, the first n mod k of them one row larger. */
function kfold(n: number, k: number): number[][] {
  const out: number[][] = [];
  let start = 0;
  for (let f = 0; f < k; f++) {
    const size = Math.floor(n / k) + (f < n % k ? 1 : 0);
    out.push(Array.from({ length: size }, (_, i) => start + i));
    start += size;
  }
  return out;
}

/** k folds of a seeded permutation, each listed in permuted order. */
function shuffledFolds(seed: number, n: number, k: number): number[][] {
  const r = rng(seed);
  const perm = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) { const j = r.int(0, i); [perm[i], perm[j]] = [perm[j]!, perm[i]!]; }
  return kfold(n, k).map((f) => f.map((i) => perm[i]!));
}

function randomCase(seed: number, n: number, p: number, k: number, fracs: number[], alpha: number, intercept = 0): Case {
  const [X, y] = data(seed, n, p, intercept);
  return [X, y, seed % 2 ? shuffledFolds(seed + 1, n, k) : kfold(n, k), fracs, alpha];
}

const [X6, y6] = [[[0], [1], [2], [3], [4], [5]], [1, 2, 2, 4, 5, 5]];
// np.linspace(0.1, 1.0, 10): start + i·step with step = 0.9 / 9, and the last value set to stop
const linspace = Array.from({ length: 10 }, (_, i) => (i === 9 ? 1 : i * (0.9 / 9) + 0.1));

export default defineTests({
  cases: [
    { name: 'six rows, three folds', sample: true, args: [X6, y6, [[0, 1], [2, 3], [4, 5]], [0.5, 1], 0.1] },
    { name: 'np.linspace(0.1, 1.0, 10) with 5 folds', sample: true, args: randomCase(8000, 40, 2, 5, linspace, 0.5) },
    { name: 'a large intercept', args: randomCase(8002, 30, 3, 3, [0.2, 0.6, 1], 5, 100) },
    { name: 'duplicate sizes are removed', args: randomCase(8004, 20, 2, 4, [0.1, 0.12, 0.5, 0.55, 1], 1) },
    { name: 'a fraction below one row is clipped to 1', args: randomCase(8006, 12, 2, 3, [0.01, 1], 0.3) },
    { name: 'unsorted fractions', args: randomCase(8008, 25, 2, 5, [1, 0.3, 0.6], 0.2) },
    { name: 'fractions landing on halves', args: randomCase(8010, 15, 1, 3, [0.15, 0.25, 0.35, 0.45], 0.1) },
    { name: '0.29 of 100 training rows is 28', args: randomCase(8012, 125, 2, 5, [0.29, 0.57, 1], 0.1) },
    { name: 'folds of unequal size', args: [...data(8014, 20, 2), [[0, 1, 2], [3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [13, 14, 15, 16, 17, 18, 19]], [0.5, 1], 0.5] as Case },
    { name: 'folds that do not cover every row', args: [...data(8016, 16, 2), [[15, 3, 7], [0, 8, 12, 1]], [0.5, 0.75, 1], 0.5] as Case },
    { name: 'more features than training rows', args: randomCase(8018, 12, 6, 3, [0.2, 0.5, 1], 0.05) },
    { name: 'one fold', args: randomCase(8020, 10, 2, 1, [0.5, 1], 1).map((v, i) => (i === 2 ? [[2, 5, 7]] : v)) as Case },
    { name: 'alpha 0 throws', args: [X6, y6, [[0, 1]], [1], 0], expectError: true },
    { name: 'a fraction of 0 throws', args: [X6, y6, [[0, 1]], [0, 1], 1], expectError: true },
    { name: 'a fraction above 1 throws', args: [X6, y6, [[0, 1]], [1.5], 1], expectError: true },
    { name: 'a fold with every row throws', args: [X6, y6, [[0, 1, 2, 3, 4, 5]], [1], 1], expectError: true },
    { name: 'an index out of range throws', args: [X6, y6, [[0, 6]], [1], 1], expectError: true },
    { name: 'a repeated index throws', args: [X6, y6, [[1, 1]], [1], 1], expectError: true },
    { name: 'mismatched X and y throw', args: [X6, [1, 2, 3], [[0, 1]], [1], 1], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(8100 + i, 30 + 25 * i, 1 + i, 3 + (i % 3), linspace.slice(i % 3), 0.1 * (i + 1), i - 2) })),
    { name: 'large: 2000 rows, 10 features, 5 folds, 10 sizes', args: randomCase(8199, 2000, 10, 5, linspace, 1, 3), weight: 2 },
  ],
});
