import { defineTests, rng } from '../../grader/kit.ts';
import { selectKBestF } from './reference.ts';

/** Features whose class means differ by random amounts; redraws until the k-th and (k+1)-th scores differ by 1e-6. */
function randomCase(seed: number, n: number, p: number, K: number) {
  const r = rng(seed);
  for (;;) {
    const y = Array.from({ length: n }, (_, i) => (i < K ? i : r.int(0, K - 1)) * 10);
    const shift = r.matrix(K, p, -1, 1).map((row) => row.map((v, j) => v * (j % 3)));
    const X = y.map((label) => Array.from({ length: p }, (_, j) => shift[label / 10]![j]! + r.normal()));
    const k = r.int(1, p - 1);
    const sorted = [...selectKBestF(X, y, 0).scores].sort((a, b) => b - a);
    if (sorted[k - 1]! - sorted[k]! > 1e-6 * sorted[k - 1]!) return [X, y, k];
  }
}

const example = [[1, 5, 0, 2], [2, 5, 1, 2], [3, 6, 0, 2], [7, 6, 1, 2], [8, 7, 0, 2], [9, 7, 1, 2]];
const y6 = [0, 0, 0, 1, 1, 1];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, nanEqual: true, args: [example, y6, 2] },
    { name: 'three classes', sample: true, args: [[[1, 0], [2, 1], [5, 0], [6, 2], [9, 1], [10, 0]], [0, 0, 1, 1, 2, 2], 1] },
    { name: 'identical columns tie', args: [[[1, 1, 4], [2, 2, 1], [6, 6, 3], [7, 7, 2]], [0, 0, 1, 1], 1] },
    { name: 'a constant feature ranks last', nanEqual: true, args: [[[1, 3, 0.5], [2, 3, 0.1], [1.5, 3, 0.9], [3, 3, 0.2]], [0, 0, 1, 1], 2] },
    { name: 'a perfect separator scores infinity', args: [[[1, 1], [1, 2], [4, 3], [4, 5]], [0, 0, 1, 1], 1] },
    { name: 'k = 0 selects nothing', nanEqual: true, args: [example, y6, 0] },
    { name: 'k = p selects everything', nanEqual: true, args: [example, y6, 4] },
    { name: 'labels that are not 0..K-1', args: [[[1, 2], [2, 2.5], [8, 1], [9, 3], [5, 0]], [-3, -3, 7, 7, 2.5], 1] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(16100 + i);
      return { name: `random ${i + 1}`, args: randomCase(16200 + i, r.int(8, 80), r.int(2, 10), r.int(2, 4)) };
    }),
    { name: 'large: 5000 rows, 50 features', args: randomCase(16300, 5000, 50, 5), weight: 2 },
    { name: 'a single class throws', expectError: true, args: [[[1], [2], [3]], [1, 1, 1], 1] },
    { name: 'one row per class throws', expectError: true, args: [[[1], [2]], [0, 1], 1] },
    { name: 'k above p throws', expectError: true, args: [example, y6, 5] },
    { name: 'mismatched y throws', expectError: true, args: [example, [0, 1], 1] },
    { name: 'an infinite value throws', expectError: true, args: [[[1], [Number.POSITIVE_INFINITY], [2], [3]], [0, 0, 1, 1], 1] },
  ],
});
