// expect: wrong_answer
// mistake: returns the full m x m Q and an m x n R instead of the thin factors
// caught-by: tall 100×3
export function qr(A: number[][]): { Q: number[][]; R: number[][] } {
  const m = A.length;
  if (m === 0) throw new Error('empty matrix');
  const n = A[0]!.length;
  if (n === 0 || A.some((r) => r.length !== n || r.some((v) => !Number.isFinite(v)))) throw new Error('bad matrix');
  if (m < n) throw new Error('need m >= n');
  const W = A.map((r) => r.slice());
  const vs: number[][] = [];
  for (let k = 0; k < n; k++) {
    const x = W.slice(k).map((r) => r[k]!);
    const norm = Math.sqrt(x.reduce((s, t) => s + t * t, 0));
    const alpha = x[0]! > 0 ? -norm : norm;
    const v = x.slice();
    v[0] -= alpha;
    const vv = v.reduce((s, t) => s + t * t, 0);
    vs.push(vv > 0 ? v.map((t) => t / Math.sqrt(vv)) : v.map(() => 0));
    const u = vs[k]!;
    for (let j = 0; j < n; j++) {
      let d = 0;
      for (let i = k; i < m; i++) d += u[i - k]! * W[i]![j]!;
      for (let i = k; i < m; i++) W[i]![j] -= 2 * d * u[i - k]!;
    }
  }
  const Q = Array.from({ length: m }, (_, i) => Array.from({ length: m }, (_, j) => (i === j ? 1 : 0)));
  for (let k = n - 1; k >= 0; k--) {
    const u = vs[k]!;
    for (let j = 0; j < m; j++) {
      let d = 0;
      for (let i = k; i < m; i++) d += u[i - k]! * Q[i]![j]!;
      for (let i = k; i < m; i++) Q[i]![j] -= 2 * d * u[i - k]!;
    }
  }
  const R = W.map((row, i) => row.map((v, j) => (j >= i ? v : 0)));
  for (let i = 0; i < n; i++) {
    if (R[i]![i]! < 0) {
      R[i] = R[i]!.map((v) => -v);
      for (let r = 0; r < m; r++) Q[r]![i] = -Q[r]![i]!;
    }
  }
  return { Q, R };
}
