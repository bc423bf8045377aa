import { defineTests, rng } from '../../grader/kit.ts';
import { iqrFilter } from './reference.ts';

/** Normal columns with a few planted outliers; redraws until no value is within 1e-9 of a fence. */
function randomCase(seed: number, n: number, p: number, nanRate = 0) {
  const r = rng(seed);
  for (;;) {
    const X = Array.from({ length: n }, () => Array.from({ length: p }, () => (r.uniform() < nanRate ? Number.NaN : r.normal(0, 1) * (r.uniform() < 0.05 ? 8 : 1))));
    const k = [1.5, 1.5, 3, 1, 2][r.int(0, 4)]!;
    const { fences } = iqrFilter(X, k);
    const close = X.some((row) => row.some((v, j) => Math.abs(v - fences[j]![0]!) < 1e-9 || Math.abs(v - fences[j]![1]!) < 1e-9));
    if (!close) return [X, k];
  }
}

const example = [[1, 10], [2, 12], [3, 11], [4, 13], [100, 12], [5, -40]];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [example, 1.5] },
    { name: 'one column, k = 3', sample: true, args: [[[1], [2], [3], [4], [5], [6], [7], [30]], 3] },
    { name: 'values exactly on a fence are kept', args: [[[-2], [1], [1], [2], [3], [3], [6]], 1.5] },
    { name: 'missing values are skipped', args: [[[1, Number.NaN], [Number.NaN, 2], [3, 3], [4, 50], [2, 2.5], [Number.NaN, 3.5]], 1.5] },
    { name: 'a column of missing values flags nothing', nanEqual: true, args: [[[Number.NaN, 1], [Number.NaN, 2], [Number.NaN, 9]], 1.5] },
    { name: 'a constant column', args: [[[5, 1], [5, 2], [5, 3], [5.5, 2], [5, 1]], 1.5] },
    { name: 'a single row', args: [[[3, -7, 0.5]], 1.5] },
    { name: 'k = 0 keeps only the middle half', args: [[[1], [2], [3], [4], [5], [6], [7], [8], [9]], 0] },
    { name: 'two rows', args: [[[0, 100], [1, -100]], 1.5] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(14100 + i);
      return { name: `random ${i + 1}`, args: randomCase(14200 + i, r.int(5, 60), r.int(1, 5), i === 4 ? 0.1 : 0) };
    }),
    { name: 'large: 5000 rows, 8 columns', args: randomCase(14300, 5000, 8, 0.01), weight: 2 },
    { name: 'empty X throws', expectError: true, args: [[], 1.5] },
    { name: 'negative k throws', expectError: true, args: [example, -1] },
    { name: 'an infinite value throws', expectError: true, args: [[[1], [Number.POSITIVE_INFINITY]], 1.5] },
    { name: 'ragged rows throw', expectError: true, args: [[[1, 2], [3]], 1.5] },
  ],
});
