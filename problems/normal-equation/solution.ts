// Cholesky on the normal equations with a relative pivot check.
export function normalEquation(X: number[][], y: number[]): { weights: number[]; bias: number } {
  const n = X.length;
  const d = n ? X[0].length : 0;
  const p = d + 1;
  const row = (i: number) => [1, ...X[i]];
  const G: number[][] = Array.from({ length: p }, () => new Array(p).fill(0));
  const r: number[] = new Array(p).fill(0);
  for (let i = 0; i < n; i++) {
    const xi = row(i);
    for (let a = 0; a < p; a++) {
      r[a] += xi[a] * y[i];
      for (let c = 0; c < p; c++) G[a][c] += xi[a] * xi[c];
    }
  }
  const maxDiag = Math.max(...G.map((g, i) => g[i]));
  const L: number[][] = Array.from({ length: p }, () => new Array(p).fill(0));
  for (let j = 0; j < p; j++) {
    let s = G[j][j];
    for (let k = 0; k < j; k++) s -= L[j][k] * L[j][k];
    if (!(s > 1e-10 * maxDiag)) throw new Error('singular system: features are linearly dependent');
    L[j][j] = Math.sqrt(s);
    for (let i = j + 1; i < p; i++) {
      let t = G[i][j];
      for (let k = 0; k < j; k++) t -= L[i][k] * L[j][k];
      L[i][j] = t / L[j][j];
    }
  }
  const z = new Array(p).fill(0);
  for (let i = 0; i < p; i++) {
    let s = r[i];
    for (let k = 0; k < i; k++) s -= L[i][k] * z[k];
    z[i] = s / L[i][i];
  }
  const th = new Array(p).fill(0);
  for (let i = p - 1; i >= 0; i--) {
    let s = z[i];
    for (let k = i + 1; k < p; k++) s -= L[k][i] * th[k];
    th[i] = s / L[i][i];
  }
  return { weights: th.slice(1), bias: th[0] };
}
