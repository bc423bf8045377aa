import { defineTests, rng } from '../../grader/kit.ts';
import { correlationPairs } from './reference.ts';

/** Latent factors mixed into the columns with random signs; redraws when some |r| is within 1e-9 of the threshold. */
function randomCase(seed: number, n: number, p: number, offset = 0) {
  const r = rng(seed);
  for (;;) {
    const factors = r.int(1, Math.max(1, Math.floor(p / 2)));
    const load = r.matrix(p, factors, -1, 1);
    const X = Array.from({ length: n }, () => {
      const z = Array.from({ length: factors }, () => r.normal());
      return load.map((l) => offset + l.reduce((s, w, k) => s + w * z[k]!, 0) + r.normal(0, 0.3));
    });
    const threshold = r.uniform(0.5, 0.9);
    const { corr } = correlationPairs(X, threshold);
    if (corr.every((row) => row.every((v) => Math.abs(Math.abs(v) - threshold) > 1e-9))) return [X, threshold];
  }
}

const example = [[1, 2, 5, 3], [2, 4.1, 3, 3], [3, 6.2, 4, 3], [4, 7.9, 1, 3]];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, nanEqual: true, args: [example, 0.8] },
    { name: 'a strong negative correlation', sample: true, args: [[[1, 10, 0], [2, 8, 1], [3, 6.5, 0], [4, 4, 1]], 0.9] },
    { name: 'a constant column is NaN', nanEqual: true, args: [[[1, 7, 2], [2, 7, 4], [4, 7, 8.5]], 0.5] },
    { name: 'perfectly collinear columns', args: [[[1, 3, -2], [2, 5, -4], [3, 7, -6], [5, 11, -10]], 0.99] },
    { name: 'two rows', args: [[[1, 5, 2], [3, 4, 2.5]], 0.5] },
    { name: 'one row', nanEqual: true, args: [[[1, 2, 3]], 0.5] },
    { name: 'one column', args: [[[1], [2], [4]], 0.5] },
    { name: 'threshold 0 lists every defined pair', args: [[[1, 2, 0], [2, 1, 1], [3, 3, 0], [4, 3, 2]], 0] },
    { name: 'features near a million', args: randomCase(15000, 50, 4, 1e6) },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(15100 + i);
      return { name: `random ${i + 1}`, args: randomCase(15200 + i, r.int(5, 80), r.int(3, 8)) };
    }),
    { name: 'large: 5000 rows, 40 columns', args: randomCase(15300, 5000, 40), weight: 2 },
    { name: 'empty X throws', expectError: true, args: [[], 0.5] },
    { name: 'a NaN value throws', expectError: true, args: [[[1, 2], [Number.NaN, 3]], 0.5] },
    { name: 'threshold 1 throws', expectError: true, args: [example, 1] },
    { name: 'negative threshold throws', expectError: true, args: [example, -0.1] },
  ],
});
