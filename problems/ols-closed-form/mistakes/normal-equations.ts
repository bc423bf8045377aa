// expect: wrong_answer
// mistake: solves the normal equations XᵀXθ = Xᵀy (Gaussian elimination), squaring the condition number
// caught-by: ill-conditioned design 1
export function olsFit(X: number[][], y: number[]): number[] {
  const m = X.length, n = m ? X[0].length : 0;
  if (!m || !n || X.some((r) => r.length !== n) || y.length !== m || m < n) throw new Error('bad shapes');
  const A = Array.from({ length: n }, (_, i) => [...Array.from({ length: n }, (_, j) => X.reduce((s, r) => s + r[i] * r[j], 0)), X.reduce((s, r, k) => s + r[i] * y[k], 0)]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let i = c + 1; i < n; i++) if (Math.abs(A[i][c]) > Math.abs(A[p][c])) p = i;
    [A[c], A[p]] = [A[p], A[c]];
    if (Math.abs(A[c][c]) < 1e-300) throw new Error('singular');
    for (let i = c + 1; i < n; i++) {
      const f = A[i][c] / A[c][c];
      for (let j = c; j <= n; j++) A[i][j] -= f * A[c][j];
    }
  }
  const t = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = A[i][n];
    for (let k = i + 1; k < n; k++) s -= A[i][k] * t[k];
    t[i] = s / A[i][i];
  }
  return t;
}
