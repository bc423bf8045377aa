import { defineTests, rng, signInvariant } from '../../grader/kit.ts';
import { svd } from '../../grader/reference-kit/linalg.ts';

const TOL = { rtol: 1e-8, atol: 1e-9 };

/** A random matrix with chosen singular values (relative gaps ≥ 5 %), built as Q1·diag(s)·Q2ᵀ. */
function randomCase(seed: number, m: number, n: number, k: number, rank = Math.min(m, n)) {
  const r = rng(seed);
  const orth = (rows: number, cols: number): number[][] => {
    const Q: number[][] = [];
    for (let j = 0; j < cols; j++) {
      let v = Array.from({ length: rows }, () => r.normal());
      for (const q of Q) { const d = q.reduce((s, x, i) => s + x * v[i]!, 0); v = v.map((x, i) => x - d * q[i]!); }
      const nv = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
      Q.push(v.map((x) => x / nv));
    }
    return Q; // columns as rows
  };
  const p = Math.min(m, n);
  const s = Array.from({ length: p }, (_, i) => (i < rank ? 10 * 0.7 ** i * r.uniform(0.9, 1) : 0));
  for (let i = 1; i < rank; i++) s[i] = Math.min(s[i]!, s[i - 1]! * 0.95);
  const L = orth(m, p), R = orth(n, p);
  const A = Array.from({ length: m }, (_, i) => Array.from({ length: n }, (_, j) => s.reduce((acc, sv, t) => acc + L[t]![i]! * sv * R[t]![j]!, 0)));
  svd(A); // the reference's own decomposition must succeed
  return [A, k];
}

export default defineTests({
  checks: { upToSign: signInvariant({ field: 'V', axis: 'columns', linked: [{ field: 'U', axis: 'columns' }] }) },
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, check: 'upToSign', args: [[[3, 0], [0, 2], [0, 0]], 1] },
    { name: 'a rank-2 matrix, k = 1', sample: true, tolerance: TOL, check: 'upToSign', args: [[[2, 0, 1], [0, 1, 0]], 1] },
    { name: 'k = min(m, n) reconstructs exactly', tolerance: TOL, check: 'upToSign', args: randomCase(3, 5, 4, 4) },
    { name: 'k = 0', tolerance: TOL, check: 'upToSign', args: [[[1, 2], [3, 4]], 0] },
    { name: 'a wide matrix', tolerance: TOL, check: 'upToSign', args: randomCase(4, 3, 7, 2) },
    { name: 'a rank-deficient matrix', tolerance: TOL, check: 'upToSign', args: randomCase(5, 6, 5, 2, 3) },
    { name: 'a single column', tolerance: TOL, check: 'upToSign', args: [[[1], [2], [2]], 1] },
    { name: 'k larger than min(m, n) throws', expectError: true, args: [[[1, 2], [3, 4]], 3] },
    { name: 'a negative k throws', expectError: true, args: [[[1, 2], [3, 4]], -1] },
    { name: 'a ragged matrix throws', expectError: true, args: [[[1, 2], [3]], 1] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(3500 + i);
      const m = r.int(2, 9), n = r.int(2, 9);
      return { name: `random ${i + 1}`, tolerance: TOL, check: 'upToSign', args: randomCase(3510 + i, m, n, r.int(1, Math.min(m, n))) };
    }),
    { name: 'large: 60×40, k = 10', tolerance: TOL, check: 'upToSign', weight: 2, args: randomCase(99, 60, 40, 10) },
  ],
});
