// expect: wrong_answer
// mistake: solves X^T X w = X^T y without the column of ones, then reports bias 0 (a fit through the origin)
// caught-by: intercept only (d = 0)
export function normalEquation(X: number[][], y: number[]): { weights: number[]; bias: number } {
  const n = X.length, d = n ? X[0].length : 0;
  const A = Array.from({ length: d }, (_, a) => Array.from({ length: d }, (_, c) => X.reduce((s, r) => s + r[a] * r[c], 0)));
  const b = Array.from({ length: d }, (_, a) => X.reduce((s, r, i) => s + r[a] * y[i], 0));
  for (let k = 0; k < d; k++) {
    let piv = k;
    for (let i = k + 1; i < d; i++) if (Math.abs(A[i][k]) > Math.abs(A[piv][k])) piv = i;
    [A[k], A[piv]] = [A[piv], A[k]]; [b[k], b[piv]] = [b[piv], b[k]];
    if (Math.abs(A[k][k]) < 1e-12) throw new Error('singular');
    for (let i = k + 1; i < d; i++) { const f = A[i][k] / A[k][k]; for (let j = k; j < d; j++) A[i][j] -= f * A[k][j]; b[i] -= f * b[k]; }
  }
  const w = new Array(d).fill(0);
  for (let k = d - 1; k >= 0; k--) { let s = b[k]; for (let j = k + 1; j < d; j++) s -= A[k][j] * w[j]; w[k] = s / A[k][k]; }
  return { weights: w, bias: 0 };
}
