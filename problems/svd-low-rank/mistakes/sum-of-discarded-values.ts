// expect: wrong_answer
// mistake: reports the sum of the discarded singular values as the Frobenius error instead of the root of their squares
// caught-by: k = 0
/** Thin SVD of a tall (m ≥ n) matrix by one-sided Jacobi: orthogonalise the columns, track V. */
function svdTall(A: number[][]): { U: number[][]; s: number[]; V: number[][] } {
  const m = A.length, n = A[0]!.length;
  const cols = Array.from({ length: n }, (_, j) => A.map((r) => r[j]!));
  const vt = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  const dot = (x: number[], y: number[]) => x.reduce((s, v, i) => s + v * y[i]!, 0);
  for (let sweep = 0; sweep < 100; sweep++) {
    let rotated = false;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const a = dot(cols[p]!, cols[p]!), b = dot(cols[q]!, cols[q]!), g = dot(cols[p]!, cols[q]!);
        if (Math.abs(g) <= 1e-15 * Math.sqrt(a * b) || g === 0) continue;
        rotated = true;
        const zeta = (b - a) / (2 * g);
        const t = Math.sign(zeta || 1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t), s = c * t;
        for (const [x, y] of [[cols[p]!, cols[q]!], [vt[p]!, vt[q]!]]) {
          for (let i = 0; i < x!.length; i++) {
            const xi = x![i]!, yi = y![i]!;
            x![i] = c * xi - s * yi;
            y![i] = s * xi + c * yi;
          }
        }
      }
    }
    if (!rotated) break;
  }
  const norms = cols.map((c) => Math.sqrt(dot(c, c)));
  const order = norms.map((_, i) => i).sort((x, y) => norms[y]! - norms[x]!);
  const s = order.map((i) => norms[i]!);
  const Ucols = order.map((i) => cols[i]!.map((v) => (norms[i]! > 0 ? v / norms[i]! : 0)));
  const Vcols = order.map((i) => vt[i]!);
  return {
    U: Array.from({ length: m }, (_, r) => Ucols.map((c) => c[r]!)),
    s,
    V: Array.from({ length: n }, (_, r) => Vcols.map((c) => c[r]!)),
  };
}

export function svdLowRank(A: number[][], k: number): { U: number[][]; S: number[]; V: number[][]; Ak: number[][]; frobError: number } {
  const m = A.length;
  if (m === 0) throw new Error('empty A');
  const n = A[0]!.length;
  if (n === 0) throw new Error('no columns');
  for (const r of A) { if (r.length !== n) throw new Error('ragged'); for (const v of r) if (!Number.isFinite(v)) throw new Error('non-finite'); }
  if (!Number.isInteger(k) || k < 0 || k > Math.min(m, n)) throw new Error('bad k');
  // work on the tall orientation; for a wide matrix swap the roles of U and V
  const wide = m < n;
  const base = svdTall(wide ? Array.from({ length: n }, (_, j) => A.map((r) => r[j]!)) : A);
  const Ufull = wide ? base.V : base.U, Vfull = wide ? base.U : base.V;
  const U = Ufull.map((r) => r.slice(0, k));
  const V = Vfull.map((r) => r.slice(0, k));
  const S = base.s.slice(0, k);
  const Ak = A.map((_, i) => Array.from({ length: n }, (_, j) => {
    let v = 0;
    for (let t = 0; t < k; t++) v += U[i]![t]! * S[t]! * V[j]![t]!;
    return v;
  }));
  // Eckart–Young: the error of the best rank-k approximation is the energy of the discarded singular values
  const frobError = base.s.slice(k).reduce((acc, v) => acc + v, 0);
  return { U, S, V, Ak, frobError };
}
