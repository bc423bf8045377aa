export function regressionMetrics(yTrue: number[], yPred: number[]): { mse: number; rmse: number; mae: number; r2: number; mape: number } {
  if (!yTrue.length || yTrue.length !== yPred.length) throw new Error('length mismatch');
  const n = yTrue.length;
  const ybar = yTrue.reduce((a, b) => a + b, 0) / n;
  const err = yTrue.map((y, i) => y - yPred[i]!);
  const sse = err.reduce((a, e) => a + e * e, 0);
  const sst = yTrue.reduce((a, y) => a + (y - ybar) * (y - ybar), 0);
  const mse = sse / n;
  let r2: number;
  if (sst === 0) r2 = sse === 0 ? 1 : 0;
  else r2 = 1 - sse / sst;
  const eps = 2.220446049250313e-16;
  const mape = (100 * err.reduce((a, e, i) => a + Math.abs(e) / Math.max(Math.abs(yTrue[i]!), eps), 0)) / n;
  return { mse, rmse: Math.sqrt(mse), mae: err.reduce((a, e) => a + Math.abs(e), 0) / n, r2, mape };
}
