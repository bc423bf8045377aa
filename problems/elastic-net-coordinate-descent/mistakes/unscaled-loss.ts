// expect: wrong_answer
// mistake: uses the unscaled squared error (no 1/(2n)), like the seed's sum-of-losses formula, so the penalty is effectively n times weaker
// caught-by: pure lasso, sparse truth
export function elasticNetCD(X: number[][], y: number[], alpha: number, l1Ratio: number, maxIter: number, tol: number): { coef: number[]; intercept: number } {
  const n = X.length;
  if (n === 0 || y.length !== n) throw new Error('bad data');
  const p = X[0].length;
  if (X.some((row) => row.length !== p)) throw new Error('ragged X');
  if (!(alpha >= 0) || !(l1Ratio >= 0 && l1Ratio <= 1)) throw new Error('bad hyper-parameters');
  const xbar = Array.from({ length: p }, (_, j) => X.reduce((s, r) => s + r[j], 0) / n);
  const ybar = y.reduce((s, v) => s + v, 0) / n;
  const Xc = X.map((r) => r.map((v, j) => v - xbar[j]));
  const r = y.map((v) => v - ybar);
  const w = new Array(p).fill(0);
  const soft = (z: number, g: number) => Math.sign(z) * Math.max(Math.abs(z) - g, 0);
  for (let it = 0; it < maxIter; it++) {
    let maxd = 0;
    for (let j = 0; j < p; j++) {
      let sq = 0, dot = 0;
      for (let i = 0; i < n; i++) { sq += Xc[i][j] ** 2; dot += Xc[i][j] * r[i]; }
      if (sq === 0) continue;
      const wNew = soft(dot + sq * w[j], alpha * l1Ratio) / (sq + alpha * (1 - l1Ratio));
      const d = wNew - w[j];
      for (let i = 0; i < n; i++) r[i] -= Xc[i][j] * d;
      w[j] = wNew;
      maxd = Math.max(maxd, Math.abs(d));
    }
    if (maxd < tol) break;
  }
  return { coef: w, intercept: ybar - xbar.reduce((s, m, j) => s + m * w[j], 0) };
}
