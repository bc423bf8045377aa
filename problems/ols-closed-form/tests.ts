import { defineTests, rng } from '../../grader/kit.ts';

/** X = U·diag(s)·Vᵀ with orthonormal U (m×n), V (n×n) and singular values from 1 down to 1/cond. */
function conditioned(seed: number, m: number, n: number, cond: number): number[][] {
  const r = rng(seed);
  const orth = (k: number, dim: number) => {
    const out: number[][] = [];
    while (out.length < k) {
      let v = Array.from({ length: dim }, () => r.normal());
      for (const q of out) {
        const d = q.reduce((s, x, i) => s + x * v[i]!, 0);
        v = v.map((x, i) => x - d * q[i]!);
      }
      const nv = Math.hypot(...v);
      out.push(v.map((x) => x / nv));
    }
    return out;
  };
  const U = orth(n, m), V = orth(n, n);
  const s = Array.from({ length: n }, (_, k) => cond ** (-k / Math.max(1, n - 1)));
  return Array.from({ length: m }, (_, i) => Array.from({ length: n }, (_, j) => U.reduce((acc, u, k) => acc + u[i]! * s[k]! * V[k]![j]!, 0)));
}

/** A design and a y it fits exactly (θ* of moderate size), or with noise of the given size. */
function fitted(seed: number, X: number[][], noise: number) {
  const r = rng(seed);
  const theta = Array.from({ length: X[0]!.length }, () => r.uniform(-2, 2));
  return [X, X.map((row) => row.reduce((s, x, j) => s + x * theta[j]!, 0) + noise * r.normal())];
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[[1, 0], [1, 1], [1, 2]], [1, 2, 4]] },
    { name: 'three features with noise', sample: true, args: fitted(6000, rng(6001).normalMatrix(10, 3, 0, 1), 0.1) },
    { name: 'ill-conditioned design 1', args: fitted(6010, conditioned(6011, 40, 6, 1e6), 0) },
    { name: 'ill-conditioned design 2', args: fitted(6012, conditioned(6013, 25, 8, 1e6), 0) },
    { name: 'square system (interpolation)', args: fitted(6020, rng(6021).normalMatrix(5, 5, 0, 1), 0) },
    { name: 'y equal to zero', args: [rng(6030).normalMatrix(8, 3, 0, 1), new Array(8).fill(0)] },
    { name: 'one feature', args: fitted(6040, rng(6041).matrix(12, 1, 1, 3), 0.5) },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(6100 + i);
      const n = r.int(1, 8);
      return { name: `random ${i + 1}`, args: fitted(6110 + i, conditioned(6120 + i, n + r.int(0, 30), n, 10 ** r.uniform(0, 2)), r.uniform(0, 1)) };
    }),
    { name: 'large: 2000×30', args: fitted(6200, conditioned(6201, 2000, 30, 1000), 0.01), weight: 2 },
    { name: 'collinear columns throw', args: [[[1, 2, 3], [2, 4, 1], [3, 6, 0], [4, 8, 2]], [1, 2, 3, 4]], expectError: true },
    { name: 'fewer rows than columns throws', args: [[[1, 2, 3], [4, 5, 6]], [1, 2]], expectError: true },
    { name: 'y of the wrong length throws', args: [[[1], [2]], [1, 2, 3]], expectError: true },
  ],
});
