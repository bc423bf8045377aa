// expect: wrong_answer
// mistake: skips centring and eigendecomposes X^T X / (n - 1); the mean leaks into the first component
// caught-by: large mean offset
export function pca(X: number[][], k: number): { components: number[][]; explainedVariance: number[]; explainedVarianceRatio: number[]; scores: number[][]; mean: number[] } {
  return pcaCore(X, k, false, 1);
}
function pcaCore(X: number[][], k: number, centre: boolean, ddof: number) {
  const n = X.length;
  if (n <= 1) throw new Error('need n >= 2');
  const d = X[0].length;
  const mean = new Array(d).fill(0);
  for (const r of X) for (let j = 0; j < d; j++) mean[j] += r[j] / n;
  const Xc = centre ? X.map((r) => r.map((v, j) => v - mean[j])) : X.map((r) => r.slice());
  const A = Array.from({ length: d }, (_, a) => Array.from({ length: d }, (_, b) => Xc.reduce((s, r) => s + r[a] * r[b], 0) / (n - ddof)));
  let total = 0;
  for (let j = 0; j < d; j++) total += A[j][j];
  const V = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 60; sweep++) {
    for (let p = 0; p < d; p++) for (let q = p + 1; q < d; q++) {
      if (Math.abs(A[p][q]) < 1e-300) continue;
      const phi = 0.5 * Math.atan2(2 * A[p][q], A[q][q] - A[p][p]);
      const c = Math.cos(phi), s = Math.sin(phi);
      for (let i = 0; i < d; i++) { const x = A[i][p], y = A[i][q]; A[i][p] = c * x - s * y; A[i][q] = s * x + c * y; }
      for (let i = 0; i < d; i++) { const x = A[p][i], y = A[q][i]; A[p][i] = c * x - s * y; A[q][i] = s * x + c * y; }
      for (let i = 0; i < d; i++) { const x = V[i][p], y = V[i][q]; V[i][p] = c * x - s * y; V[i][q] = s * x + c * y; }
    }
  }
  const top = Array.from({ length: d }, (_, i) => i).sort((a, b) => A[b][b] - A[a][a]).slice(0, k);
  const components = top.map((i) => V.map((row) => row[i]));
  const ev = top.map((i) => Math.max(A[i][i], 0));
  return { components, explainedVariance: ev, explainedVarianceRatio: ev.map((l) => (total > 0 ? l / total : 0)), scores: Xc.map((r) => components.map((v) => r.reduce((s, x, j) => s + x * v[j], 0))), mean };
}
