// expect: wrong_answer
// mistake: Gaussian elimination that never checks its pivots: collinear features give Infinity/NaN (or garbage) instead of an error
// caught-by: duplicated column throws
export function normalEquation(X: number[][], y: number[]): { weights: number[]; bias: number } {
  const n = X.length, d = n ? X[0].length : 0, p = d + 1;
  const Xb = X.map((r) => [1, ...r]);
  const A = Array.from({ length: p }, (_, a) => Array.from({ length: p }, (_, c) => Xb.reduce((s, r) => s + r[a] * r[c], 0)));
  const b = Array.from({ length: p }, (_, a) => Xb.reduce((s, r, i) => s + r[a] * y[i], 0));
  for (let k = 0; k < p; k++) {
    let piv = k;
    for (let i = k + 1; i < p; i++) if (Math.abs(A[i][k]) > Math.abs(A[piv][k])) piv = i;
    [A[k], A[piv]] = [A[piv], A[k]]; [b[k], b[piv]] = [b[piv], b[k]];
    for (let i = k + 1; i < p; i++) { const f = A[i][k] / A[k][k]; for (let j = k; j < p; j++) A[i][j] -= f * A[k][j]; b[i] -= f * b[k]; }
  }
  const th = new Array(p).fill(0);
  for (let k = p - 1; k >= 0; k--) { let s = b[k]; for (let j = k + 1; j < p; j++) s -= A[k][j] * th[j]; th[k] = s / A[k][k]; }
  return { weights: th.slice(1), bias: th[0] };
}
