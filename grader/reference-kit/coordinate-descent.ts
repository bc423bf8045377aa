/**
 * Float64 elastic-net coordinate descent in scikit-learn's parameterisation,
 * (1/2n)‖ỹ − X̃w‖² + αρ‖w‖₁ + α(1 − ρ)/2·‖w‖², on centred data, run to full convergence: the exact
 * minimiser (with exact zeros from the soft-threshold) that the lasso and elastic-net references share.
 */
export interface ElasticNetSolution {
  coef: number[];
  intercept: number;
  /** (1/n)·x̃_jᵀ r at the optimum: the KKT quantity tests use to keep zeros away from the threshold */
  corr: number[];
}

export function centred(X: number[][], y: number[]): { Xc: number[][]; yc: number[]; xbar: number[]; ybar: number } {
  const n = X.length;
  const p = X[0]!.length;
  const xbar = Array.from({ length: p }, (_, j) => X.reduce((s, r) => s + r[j]!, 0) / n);
  const ybar = y.reduce((s, v) => s + v, 0) / n;
  return { Xc: X.map((r) => r.map((v, j) => v - xbar[j]!)), yc: y.map((v) => v - ybar), xbar, ybar };
}

export function elasticNetSolve(X: number[][], y: number[], alpha: number, l1Ratio: number): ElasticNetSolution {
  const n = X.length;
  if (n === 0) throw new Error('X is empty');
  if (y.length !== n) throw new Error('y must have one value per row');
  const p = X[0]!.length;
  if (X.some((r) => r.length !== p)) throw new Error('rows of X must have equal length');
  if (!(alpha >= 0)) throw new Error('alpha must be >= 0');
  if (!(l1Ratio >= 0 && l1Ratio <= 1)) throw new Error('l1Ratio must be in [0, 1]');
  const { Xc, yc, xbar, ybar } = centred(X, y);
  const w = new Array<number>(p).fill(0);
  const r = [...yc];
  const sq = Array.from({ length: p }, (_, j) => Xc.reduce((s, row) => s + row[j]! ** 2, 0) / n);
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
    // 1e-13 rather than machine precision: rounding noise in z can keep the change above 1e-15 forever,
    // and a contraction that slow still leaves the minimiser accurate far beyond any test's tolerance
    if (maxChange <= 1e-13 * Math.max(1, ...w.map(Math.abs))) break;
  }
  const corr = Array.from({ length: p }, (_, j) => Xc.reduce((s, row, i) => s + row[j]! * r[i]!, 0) / n);
  const intercept = ybar - xbar.reduce((s, m, j) => s + m * w[j]!, 0);
  return { coef: w, intercept, corr };
}
