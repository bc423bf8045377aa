import { defineTests, rng } from '../../grader/kit.ts';
import { donors } from './reference.ts';

const TOL = { rtol: 1e-12, atol: 1e-12 };

/** Random rows with missing entries; redraws until no missing entry has a near-tie at its k-th donor. */
function randomCase(seed: number, n: number, p: number, missing: number, k: number) {
  const r = rng(seed);
  for (;;) {
    const X = Array.from({ length: n }, () => Array.from({ length: p }, () => Math.round(r.uniform(-10, 10) * 100) / 100));
    for (const row of X) for (let j = 0; j < p; j++) if (r.uniform() < missing) row[j] = NaN;
    const clear = X.every((row, i) => row.every((v, j) => {
      if (!Number.isNaN(v)) return true;
      const ds = donors(X, i, j);
      return ds.length <= k || ds[k]!.d - ds[k - 1]!.d >= 1e-9;
    }));
    if (clear) return [X, k];
  }
}

const N = NaN;

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, nanEqual: true, args: [[[1, 2, N], [3, 4, 3], [N, 6, 5], [8, 8, 7]], 2] },
    { name: 'a row missing everything gets the column means', sample: true, tolerance: TOL, nanEqual: true, args: [[[1, 10], [3, 30], [N, N]], 1] },
    { name: 'a column missing everywhere stays NaN', tolerance: TOL, nanEqual: true, args: [[[1, N], [2, N], [4, N]], 2] },
    { name: 'fewer donors than k', tolerance: TOL, nanEqual: true, args: [[[1, 5], [2, N], [N, 7], [4, N]], 3] },
    { name: 'imputed values are not reused', tolerance: TOL, nanEqual: true, args: [[[0, N, 0], [0, 1, N], [10, 9, 9], [1, 2, 1]], 1] },
    { name: 'distances are scaled by the share of shared coordinates', tolerance: TOL, nanEqual: true, args: [[[0, 0, 0, N], [1, N, N, 10], [0.9, 0.9, 0.9, 20]], 1] },
    { name: 'a donor with no shared coordinate is skipped', tolerance: TOL, nanEqual: true, args: [[[5, N, N], [N, 1, 2], [6, 3, N], [N, N, 9]], 1] },
    { name: 'distance ties keep the lower index', tolerance: TOL, nanEqual: true, args: [[[0, N], [1, 5], [-1, 7], [3, 9]], 1] },
    { name: 'no missing values', tolerance: TOL, args: [[[1, 2], [3, 4]], 3] },
    { name: 'k = 0 throws', expectError: true, args: [[[1, N], [2, 3]], 0] },
    { name: 'an infinite value throws', expectError: true, args: [[[1, Infinity], [2, 3]], 1] },
    { name: 'rows of different lengths throw', expectError: true, args: [[[1, 2], [3]], 1] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(3000 + i);
      return { name: `random ${i + 1}`, tolerance: TOL, nanEqual: true, args: randomCase(3010 + i, r.int(4, 30), r.int(2, 6), [0.1, 0.2, 0.3, 0.15, 0.4][i]!, r.int(1, 5)) };
    }),
    { name: 'large: 300 rows, 8 features, 20% missing', tolerance: TOL, nanEqual: true, weight: 2, args: randomCase(99, 300, 8, 0.2, 5) },
  ],
});
