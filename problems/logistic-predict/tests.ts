import { defineTests, rng } from '../../grader/kit.ts';
import { sigmoid } from './reference.ts';

const TOL = { rtol: 1e-12, atol: 1e-15, fields: { labels: { exact: true } } };

/** Random rows; redraws rows whose probability is within 1e-9 of the threshold. */
function randomCase(seed: number, n: number, d: number, scale: number, threshold: number) {
  const r = rng(seed);
  const beta = Array.from({ length: d }, () => r.normal(0, scale));
  const beta0 = r.normal(0, scale);
  const X: number[][] = [];
  while (X.length < n) {
    const x = Array.from({ length: d }, () => r.uniform(-3, 3));
    if (Math.abs(sigmoid(x.reduce((s, v, j) => s + v * beta[j]!, beta0)) - threshold) >= 1e-9) X.push(x);
  }
  return [X, beta0, beta, threshold];
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: [[[1, 2], [0, 0], [3, -1]], -1, [0.5, 0.25], 0.5] },
    { name: 'a log-odds of exactly 0 is labelled 0', sample: true, tolerance: TOL, args: [[[2], [0]], -1, [0.5], 0.5] },
    { name: 'saturated scores of ±40', tolerance: TOL, args: [[[40], [-40]], 0, [1], 0.5] },
    { name: 'scores of ±800', tolerance: TOL, args: [[[800], [-800], [1]], 0, [1], 0.3] },
    { name: 'a threshold other than one half', tolerance: TOL, args: [[[0.1], [0.5], [2]], 0, [1], 0.6] },
    { name: 'threshold 0 labels every positive probability 1', tolerance: TOL, args: [[[-800], [-30], [1]], 0, [1], 0] },
    { name: 'no rows', tolerance: TOL, args: [[], 0.3, [1, -2], 0.5] },
    { name: 'a threshold above 1 throws', expectError: true, args: [[[1]], 0, [1], 1.5] },
    { name: 'rows of another width throw', expectError: true, args: [[[1, 2]], 0, [1], 0.5] },
    { name: 'a NaN coefficient throws', expectError: true, args: [[[1]], NaN, [1], 0.5] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(3100 + i);
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(3110 + i, r.int(1, 30), r.int(1, 6), [0.5, 2, 10, 1, 50][i]!, [0.5, 0.3, 0.9, 0.5, 0.05][i]!) };
    }),
    { name: 'large: 10000 rows', tolerance: TOL, weight: 2, args: randomCase(99, 10000, 3, 2, 0.5) },
  ],
});
