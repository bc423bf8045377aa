import { defineTests, rng } from '../../grader/kit.ts';

function randomLabels(seed: number, n: number, classes: number): number[] {
  const r = rng(seed);
  return Array.from({ length: n }, () => (r.uniform() < 0.5 ? 0 : r.int(1, classes - 1)));
}

export default defineTests({
  cases: [
    { name: 'eight samples, three folds', sample: true, args: [[0, 1, 0, 1, 1, 0, 0, 1], 3, false] },
    { name: 'stratified, two classes', sample: true, args: [[0, 0, 1, 0, 1, 0, 0, 1, 0, 0], 3, true] },
    { name: 'ten samples, four folds', args: [[5, 5, 5, 5, 5, 5, 5, 5, 5, 5], 4, false] },
    { name: 'n divisible by k', args: [[1, 2, 3, 4, 5, 6], 3, false] },
    { name: 'leave-one-out', args: [[3, 1, 4, 1, 5], 5, false] },
    { name: 'stratified, interleaved classes', args: [[2, 7, 7, 2, 2, 7, 9, 2, 7, 9, 2], 2, true] },
    { name: 'stratified, a class smaller than k', args: [[0, 0, 0, 0, 1, 0, 0, 0], 4, true] },
    { name: 'stratified leave-one-out', args: [[0, 1, 0, 1], 4, true] },
    { name: 'stratified with fractional labels', args: [[0.5, -1, 0.5, -1, 0.5], 2, true] },
    { name: 'k larger than n throws', args: [[0, 1, 0], 4, false], expectError: true },
    { name: 'k = 1 throws', args: [[0, 1, 0], 1, true], expectError: true },
    { name: 'fractional k throws', args: [[0, 1, 0, 1], 2.5, false], expectError: true },
    { name: 'empty input throws', args: [[], 2, false], expectError: true },
    ...Array.from({ length: 6 }, (_, i) => ({ name: `random ${i + 1}`, args: [randomLabels(2300 + i, 7 + 13 * i, 2 + (i % 3)), 2 + i, i % 2 === 1] })),
    { name: 'large: 100000 samples, stratified', args: [randomLabels(2399, 100_000, 5), 10, true], weight: 2 },
  ],
});
