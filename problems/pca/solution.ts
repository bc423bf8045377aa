// Independent solution: classical Jacobi (rotate away the largest off-diagonal entry each time).
export function pca(X: number[][], k: number): { components: number[][]; explainedVariance: number[]; explainedVarianceRatio: number[]; scores: number[][]; mean: number[] } {
  const n = X.length;
  if (n <= 1) throw new Error('need n >= 2');
  const d = X[0].length;
  const mean = new Array(d).fill(0);
  for (const r of X) for (let j = 0; j < d; j++) mean[j] += r[j] / n;
  const Xc = X.map((r) => r.map((v, j) => v - mean[j]));
  const A: number[][] = [];
  for (let a = 0; a < d; a++) {
    A.push([]);
    for (let b = 0; b < d; b++) {
      let s = 0;
      for (const r of Xc) s += r[a] * r[b];
      A[a].push(s / (n - 1));
    }
  }
  let total = 0;
  for (let j = 0; j < d; j++) total += A[j][j];
  const V = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j ? 1 : 0)));
  for (let iter = 0; iter < 50 * d * d + 100; iter++) {
    let p = 0, q = 1, best = 0;
    for (let i = 0; i < d; i++) for (let j = i + 1; j < d; j++) if (Math.abs(A[i][j]) > best) { best = Math.abs(A[i][j]); p = i; q = j; }
    if (best <= 1e-15 * (Math.abs(total) + 1e-300)) break;
    const phi = 0.5 * Math.atan2(2 * A[p][q], A[q][q] - A[p][p]);
    const c = Math.cos(phi), s = Math.sin(phi);
    for (let k2 = 0; k2 < d; k2++) {
      const x = A[k2][p], y = A[k2][q];
      A[k2][p] = c * x - s * y; A[k2][q] = s * x + c * y;
    }
    for (let k2 = 0; k2 < d; k2++) {
      const x = A[p][k2], y = A[q][k2];
      A[p][k2] = c * x - s * y; A[q][k2] = s * x + c * y;
    }
    for (let k2 = 0; k2 < d; k2++) {
      const x = V[k2][p], y = V[k2][q];
      V[k2][p] = c * x - s * y; V[k2][q] = s * x + c * y;
    }
  }
  const idx = Array.from({ length: d }, (_, i) => i).sort((a, b) => A[b][b] - A[a][a]);
  const top = idx.slice(0, k);
  const components = top.map((i) => V.map((row) => row[i]));
  const explainedVariance = top.map((i) => Math.max(A[i][i], 0));
  const scores = Xc.map((r) => components.map((v) => r.reduce((s, x, j) => s + x * v[j], 0)));
  return { components, explainedVariance, explainedVarianceRatio: explainedVariance.map((l) => (total > 0 ? l / total : 0)), scores, mean };
}
