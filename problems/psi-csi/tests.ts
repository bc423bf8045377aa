import { defineTests, rng } from '../../grader/kit.ts';
import { stabilityIndex } from './reference.ts';

/**
 * Baseline and current samples of d features; the current one is shifted and rescaled per feature.
 * Redrawn until every PSI is at least 0.005 away from the alert thresholds 0.1 and 0.2.
 */
function randomCase(seed: number, n: number, m: number, d: number, bins: number): [number[][], number[][], number] {
  const r = rng(seed);
  for (;;) {
    const shift = Array.from({ length: d }, () => r.uniform(-0.6, 0.6)), scale = Array.from({ length: d }, () => r.uniform(0.7, 1.4));
    const expected = r.normalMatrix(n, d);
    const actual = r.normalMatrix(m, d).map((row) => row.map((v, j) => shift[j]! + scale[j]! * v));
    const { psi } = stabilityIndex(expected, actual, bins);
    if (psi.every((p) => Math.abs(p - 0.1) > 0.005 && Math.abs(p - 0.2) > 0.005)) return [expected, actual, bins];
  }
}

const col = (v: number[]) => v.map((x) => [x]);
const r1 = rng(5010);
const skewBase = col(Array.from({ length: 200 }, () => Math.exp(r1.normal(0, 1))));
const skewCur = col(Array.from({ length: 150 }, () => Math.exp(r1.normal(0.15, 1.1))));

export default defineTests({
  cases: [
    { name: 'two features, four bins', sample: true, args: [[[1, 10], [2, 20], [3, 30], [4, 40], [5, 50], [6, 60], [7, 70], [8, 80], [9, 90]], [[2, 50], [3, 60], [4, 70], [5, 80], [6, 90], [7, 95]], 4] },
    { name: 'no drift', sample: true, args: [col([1, 2, 3, 4, 5, 6, 7, 8]), col([1, 2, 3, 4, 5, 6, 7, 8]), 4] },
    { name: 'a skewed feature', args: [skewBase, skewCur, 10] },
    { name: 'a bin empty in the current sample', args: [col([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), col([1, 1.5, 2, 2.5, 9.5, 10, 9.8]), 5] },
    { name: 'heavy ties', args: [col([3, 1, 4, 1, 3, 2, 3, 1, 4, 3]), col([1, 3, 3, 4, 1, 3, 1, 3, 4, 3]), 5] },
    { name: 'a constant feature', args: [col([5, 5, 5, 5]), col([5, 5, 5]), 4] },
    { name: 'a constant baseline, drifted current', args: [col([5, 5, 5, 5]), col([5, 6, 7]), 4] },
    { name: 'different sample sizes', args: [col([0.1, 0.4, 0.35, 0.8, 0.9, 0.2, 0.6, 0.7, 0.5, 0.3, 0.45, 0.55]), col([0.5, 0.7, 0.9, 0.95]), 3] },
    { name: 'one bin edge', args: [col([1, 2, 3, 4, 5, 6]), col([4, 5, 6, 7]), 2] },
    { name: 'one bin throws', args: [col([1, 2]), col([1, 2]), 1], expectError: true },
    { name: 'column count mismatch throws', args: [[[1, 2], [3, 4]], [[1], [2]], 3], expectError: true },
    { name: 'empty current sample throws', args: [col([1, 2]), [], 3], expectError: true },
    { name: 'NaN throws', args: [col([1, NaN]), col([1, 2]), 3], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(5000 + i, 50 + 100 * i, 40 + 80 * i, 1 + i, [4, 5, 10, 8, 10][i]!) })),
    { name: 'large: 10000 rows, 3 features', args: randomCase(5099, 10_000, 8_000, 3, 10), weight: 2 },
  ],
});
