// expect: wrong_answer
// mistake: ranks the coefficients of the raw features, so a feature measured in large units looks unimportant
// caught-by: features on different scales
export function rfe(X: number[][], y: number[], keep: number): { kept: number[]; eliminationOrder: number[] } {
  const n = X.length, d = n ? X[0].length : 0;
  if (n < 2 || !d || X.some((r) => r.length !== d || r.some((v) => !Number.isFinite(v)))) throw new Error('bad X');
  if (y.length !== n || y.some((v) => !Number.isFinite(v))) throw new Error('bad y');
  if (!Number.isInteger(keep) || keep < 1 || keep > d) throw new Error('bad keep');
  const Z = X.map((r) => [...r]);
  for (let j = 0; j < d; j++) {
    const m = X.reduce((s, r) => s + r[j], 0) / n;
    const sd = 1; // no scaling: coefficients stay in the features' own units
    for (let i = 0; i < n; i++) Z[i][j] = (X[i][j] - m) / sd;
  }
  const ybar = y.reduce((a, b) => a + b, 0) / n;
  const fit = (S: number[]): number[] => {
    const k = S.length;
    const mean = S.map((j) => Z.reduce((s, r) => s + r[j], 0) / n);
    const A = S.map((ja, a) => [
      ...S.map((jb, b) => Z.reduce((s, r) => s + (r[ja] - mean[a]) * (r[jb] - mean[b]), 0) + (a === b ? 1e-10 : 0)),
      Z.reduce((s, r, i) => s + (r[ja] - mean[a]) * (y[i] - ybar), 0),
    ]);
    for (let c = 0; c < k; c++) {
      let p = c;
      for (let i = c + 1; i < k; i++) if (Math.abs(A[i][c]) > Math.abs(A[p][c])) p = i;
      [A[c], A[p]] = [A[p], A[c]];
      for (let i = c + 1; i < k; i++) {
        const f = A[i][c] / A[c][c];
        for (let j = c; j <= k; j++) A[i][j] -= f * A[c][j];
      }
    }
    const beta = new Array<number>(k).fill(0);
    for (let i = k - 1; i >= 0; i--) {
      let s = A[i][k];
      for (let j = i + 1; j < k; j++) s -= A[i][j] * beta[j];
      beta[i] = s / A[i][i];
    }
    return beta;
  };
  const S = Array.from({ length: d }, (_, j) => j);
  const order: number[] = [];
  while (S.length > keep) {
    const beta = fit(S).map(Math.abs);
    let w = 0;
    for (let a = 1; a < beta.length; a++) if (beta[a] < beta[w]) w = a;
    order.push(S[w]);
    S.splice(w, 1);
  }
  return { kept: S, eliminationOrder: order };
}
