// expect: wrong_answer
// mistake: solves Rθ = Qᵀy without checking the diagonal of R, returning huge or NaN coefficients for collinear columns
// caught-by: collinear columns throw
export function olsFit(X: number[][], y: number[]): number[] {
  const m = X.length, n = m ? X[0].length : 0;
  if (!m || !n || X.some((r) => r.length !== n) || y.length !== m || m < n) throw new Error('bad shapes');
  const Q: number[][] = [];
  const R = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    const u = X.map((r) => r[j]);
    Q.forEach((q, i) => {
      const d = q.reduce((s, x, k) => s + x * u[k], 0);
      R[i][j] = d;
      for (let k = 0; k < m; k++) u[k] -= d * q[k];
    });
    R[j][j] = Math.hypot(...u);
    Q.push(u.map((x) => x / (R[j][j] || 1e-300)));
  }
  const rhs = Q.map((q) => q.reduce((s, x, k) => s + x * y[k], 0));
  const t = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = rhs[i];
    for (let k = i + 1; k < n; k++) s -= R[i][k] * t[k];
    t[i] = s / R[i][i];
  }
  return t;
}
