// expect: wrong_answer
// mistake: uses the mean squared error (Xc^T Xc / n + alpha I) w = Xc^T yc / n, i.e. an alpha n times stronger than Ridge(alpha)
// caught-by: duplicated columns share the weight
export function ridgeFit(X: number[][], y: number[], alpha: number): { weights: number[]; bias: number } {
  const n = X.length, d = X[0].length;
  const xm = X[0].map((_, j) => X.reduce((s, r) => s + r[j], 0) / n);
  const ym = y.reduce((s, v) => s + v, 0) / n;
  const A = Array.from({ length: d }, (_, a) => [...Array.from({ length: d }, (_, b) => X.reduce((s, r) => s + (r[a] - xm[a]) * (r[b] - xm[b]), 0) / n + (a === b ? alpha : 0)), X.reduce((s, r, i) => s + (r[a] - xm[a]) * (y[i] - ym), 0) / n]);
  for (let k = 0; k < d; k++) {
    let piv = k;
    for (let i = k + 1; i < d; i++) if (Math.abs(A[i][k]) > Math.abs(A[piv][k])) piv = i;
    if (Math.abs(A[piv][k]) < 1e-12) throw new Error('singular');
    [A[k], A[piv]] = [A[piv], A[k]];
    for (let i = k + 1; i < d; i++) { const f = A[i][k] / A[k][k]; for (let j = k; j <= d; j++) A[i][j] -= f * A[k][j]; }
  }
  const w = new Array(d).fill(0);
  for (let k = d - 1; k >= 0; k--) { let s = A[k][d]; for (let j = k + 1; j < d; j++) s -= A[k][j] * w[j]; w[k] = s / A[k][k]; }
  return { weights: w, bias: ym - xm.reduce((s, v, j) => s + v * w[j], 0) };
}
