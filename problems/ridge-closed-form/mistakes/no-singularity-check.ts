// expect: wrong_answer
// mistake: solves the α = 0 system without checking its pivots, so a singular Xcᵀ Xc gives Infinity/NaN or garbage instead of an error
// caught-by: alpha 0 with duplicated columns throws
// Solves the (d+1)x(d+1) system (Xb^T Xb + alpha*diag(0,1,..,1)) theta = Xb^T y with partial pivoting.
export function ridgeFit(X: number[][], y: number[], alpha: number): { weights: number[]; bias: number } {
  const n = X.length, d = X[0].length, p = d + 1;
  const A: number[][] = Array.from({ length: p }, () => new Array(p + 1).fill(0));
  for (let i = 0; i < n; i++) {
    const xb = [1, ...X[i]];
    for (let a = 0; a < p; a++) {
      for (let c = 0; c < p; c++) A[a][c] += xb[a] * xb[c];
      A[a][p] += xb[a] * y[i];
    }
  }
  for (let j = 1; j < p; j++) A[j][j] += alpha;
  let scale = 0;
  for (let j = 0; j < p; j++) scale = Math.max(scale, Math.abs(A[j][j]));
  for (let k = 0; k < p; k++) {
    let piv = k;
    for (let i = k + 1; i < p; i++) if (Math.abs(A[i][k]) > Math.abs(A[piv][k])) piv = i;
    [A[k], A[piv]] = [A[piv], A[k]];
    for (let i = k + 1; i < p; i++) {
      const f = A[i][k] / A[k][k];
      for (let j = k; j <= p; j++) A[i][j] -= f * A[k][j];
    }
  }
  const th = new Array(p).fill(0);
  for (let k = p - 1; k >= 0; k--) {
    let s = A[k][p];
    for (let j = k + 1; j < p; j++) s -= A[k][j] * th[j];
    th[k] = s / A[k][k];
  }
  return { weights: th.slice(1), bias: th[0] };
}
