import { defineTests, rng } from '../../grader/kit.ts';

/** Linear data on columns of different scales, a share of entries missing, K contiguous-by-permutation folds. */
function randomCase(seed: number, n: number, d: number, K: number, pMissing: number, alpha: number) {
  const r = rng(seed);
  const scales = Array.from({ length: d }, () => 10 ** r.uniform(-1, 2));
  const clean = Array.from({ length: n }, () => scales.map((s) => s * r.normal() + s));
  const w = Array.from({ length: d }, (_, j) => r.normal() / scales[j]!);
  const y = clean.map((x) => x.reduce((s, v, j) => s + v * w[j]!, 0) + 0.1 * r.normal());
  const X = clean.map((x) => x.map((v) => (r.uniform() < pMissing ? Number.NaN : v)));
  const perm = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) { const j = r.int(0, i); [perm[i], perm[j]] = [perm[j]!, perm[i]!]; }
  const folds = Array.from({ length: K }, (_, f) => perm.filter((_, k) => k % K === f));
  // every column needs an observed value in every training split: put one complete row in each fold
  folds.forEach((fold) => { X[fold[0]!] = clean[fold[0]!]!; });
  return [X, y, folds, alpha];
}

const nan = Number.NaN;
const example = [[[1, 10], [2, nan], [3, 30], [4, 20], [nan, 50], [6, 40]], [1, 2, 3, 4, 5, 6], [[0, 1, 2], [3, 4, 5]], 1];

// the last fold comes from a population shifted in both features: leaky statistics move noticeably
const shifted = (() => {
  const r = rng(8100);
  const X = Array.from({ length: 30 }, (_, i) => (i < 20 ? [r.normal(), r.normal() * 2] : [r.normal() + 6, r.normal() * 2 + 10]));
  const y = X.map((x) => 1.5 * x[0]! - 0.5 * x[1]! + 0.2 * r.normal());
  X[3]![1] = nan;
  X[25]![0] = nan;
  return [X, y, [Array.from({ length: 10 }, (_, k) => 20 + k), Array.from({ length: 10 }, (_, k) => k)], 5];
})();

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: example },
    { name: 'three folds with missing values', sample: true, args: randomCase(8101, 15, 3, 3, 0.1, 0.5) },
    { name: 'a validation fold from a shifted population', args: shifted },
    { name: 'NaN only in a validation fold', args: [[[1, 2], [2, 1], [3, 5], [4, 3], [5, 8], [nan, 7], [nan, 6], [8, nan]], [3, 3, 8, 7, 13, 12, 14, 17], [[5, 6, 7], [0, 1, 2]], 0.1] },
    { name: 'a column constant on the training rows', args: [[[1, 5], [2, 5], [3, 5], [4, 9], [5, 1]], [2, 4, 6, 8, 10], [[3, 4]], 0.3] },
    { name: 'two folds, no penalty', args: randomCase(8102, 20, 2, 2, 0.05, 0) },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(8110 + i);
      return { name: `random ${i + 1}`, args: randomCase(8120 + i, r.int(12, 60), r.int(1, 5), r.int(2, 6), r.uniform(0, 0.2), r.uniform(0.01, 10)) };
    }),
    { name: 'large: 5000 rows, 20 columns, 5 folds', args: randomCase(8200, 5000, 20, 5, 0.05, 1), weight: 2 },
    { name: 'a column with no observed training value throws', args: [[[1, nan], [2, nan], [3, 4]], [1, 2, 3], [[2]], 1], expectError: true },
    { name: 'a fold with an index out of range throws', args: [example[0], example[1], [[0, 6]], 1], expectError: true },
    { name: 'a negative alpha throws', args: [example[0], example[1], example[2], -1], expectError: true },
  ],
});
