// Reference: plain float64 TypeScript (two-pass statistics; tf.moments in float32 loses digits near 1e3).
export function batchNorm1d(x: number[][], gamma: number[], beta: number[], runningMean: number[], runningVar: number[], training: boolean, momentum: number, eps: number): { y: number[][]; runningMean: number[]; runningVar: number[] } {
  const m = x.length;
  if (m === 0) throw new Error('x must have at least one row');
  const d = x[0]!.length;
  if (d === 0 || x.some((row) => row.length !== d)) throw new Error('every row of x must have the same, non-zero length');
  for (const [name, v] of Object.entries({ gamma, beta, runningMean, runningVar })) {
    if (v.length !== d) throw new Error(`${name} must have one entry per feature`);
  }
  if (runningVar.some((v) => !(v >= 0))) throw new Error('runningVar must be non-negative');
  if (!(momentum >= 0 && momentum <= 1)) throw new Error('momentum must lie in [0, 1]');
  if (!(eps > 0) || !Number.isFinite(eps)) throw new Error('eps must be a positive finite number');
  if (training && m < 2) throw new Error('training mode needs more than one row per feature');
  const mean = training ? Array.from({ length: d }, (_, j) => x.reduce((s, row) => s + row[j]!, 0) / m) : runningMean.slice();
  const variance = training
    ? Array.from({ length: d }, (_, j) => x.reduce((s, row) => s + (row[j]! - mean[j]!) ** 2, 0) / m)
    : runningVar.slice();
  const y = x.map((row) => row.map((v, j) => gamma[j]! * ((v - mean[j]!) / Math.sqrt(variance[j]! + eps)) + beta[j]!));
  if (!training) return { y, runningMean: runningMean.slice(), runningVar: runningVar.slice() };
  return {
    y,
    runningMean: runningMean.map((r, j) => (1 - momentum) * r + momentum * mean[j]!),
    runningVar: runningVar.map((r, j) => (1 - momentum) * r + momentum * variance[j]! * (m / (m - 1))),
  };
}
