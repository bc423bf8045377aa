// Reference: plain float64 TypeScript (tf.metrics.r2Score has no constant-target rule; tf MAPE uses eps 1e-7).
export function regressionMetrics(yTrue: number[], yPred: number[]): { mse: number; rmse: number; mae: number; r2: number; mape: number } {
  const n = yTrue.length;
  if (n === 0 || yPred.length !== n) throw new Error('arrays must be non-empty and of equal length');
  let mean = 0;
  for (const y of yTrue) mean += y;
  mean /= n;
  let ssRes = 0, abs = 0, ssTot = 0, ape = 0;
  for (let i = 0; i < n; i++) {
    const e = yTrue[i]! - yPred[i]!;
    ssRes += e * e;
    abs += Math.abs(e);
    ssTot += (yTrue[i]! - mean) ** 2;
    ape += Math.abs(e) / Math.max(Math.abs(yTrue[i]!), Number.EPSILON);
  }
  const mse = ssRes / n;
  const r2 = ssTot === 0 ? (ssRes === 0 ? 1 : 0) : 1 - ssRes / ssTot;
  return { mse, rmse: Math.sqrt(mse), mae: abs / n, r2, mape: (100 * ape) / n };
}
