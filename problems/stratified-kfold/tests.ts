import { defineTests, rng } from '../../grader/kit.ts';

/** Imbalanced labels drawn from `classes` values that first appear in a scrambled order. */
function randomLabels(seed: number, n: number, classes: number[]): number[] {
  const r = rng(seed);
  const weights = classes.map((_, c) => 1 / (c + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  return Array.from({ length: n }, () => {
    let u = r.uniform() * total;
    for (let c = 0; c < classes.length; c++) if ((u -= weights[c]!) < 0) return classes[c]!;
    return classes[classes.length - 1]!;
  });
}

export default defineTests({
  cases: [
    { name: 'ten labels, three folds', sample: true, args: [[0, 0, 0, 0, 0, 1, 1, 1, 2, 2], 3] },
    { name: 'balanced binary, two folds', sample: true, args: [[1, 0, 1, 0, 1, 0], 2] },
    { name: 'three classes, three folds', args: [[0, 1, 0, 2, 0, 1, 0, 2, 1, 0, 0], 3] },
    { name: 'odd class counts, two folds', args: [[1, 0, 1, 1, 1, 2], 2] },
    { name: 'first appearance not in sorted order', args: [[2, 0, 2, 0, 1, 0, 0, 0], 3] },
    { name: 'a class smaller than k', args: [[0, 0, 0, 0, 0, 0, 1, 0, 0], 4] },
    { name: 'a single class', args: [[5, 5, 5, 5, 5], 2] },
    { name: 'n equal to k', args: [[3, 3, 3], 3] },
    { name: 'non-contiguous labels', args: [[10, -3, 10, 7.5, -3, 10, 7.5, 10], 2] },
    { name: 'every class smaller than k throws', args: [[0, 1, 2, 0, 1, 2], 3], expectError: true },
    { name: 'k larger than n throws', args: [[0, 1], 3], expectError: true },
    { name: 'k = 1 throws', args: [[0, 1, 0], 1], expectError: true },
    { name: 'empty input throws', args: [[], 2], expectError: true },
    ...Array.from({ length: 6 }, (_, i) => ({ name: `random ${i + 1}`, args: [randomLabels(2400 + i, 12 + 17 * i, [[1, 0], [2, 0, 1], [3, 1, 2, 0], [0, 5], [9, 4, 7], [1, 3, 2, 0, 4]][i]!), 2 + (i % 4)] })),
    { name: 'large: 50000 labels, 10 folds', args: [randomLabels(2499, 50_000, [4, 0, 3, 1, 2]), 10], weight: 2 },
  ],
});
