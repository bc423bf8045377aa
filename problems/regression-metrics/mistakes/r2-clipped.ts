// expect: wrong_answer
// mistake: believes R² lies in [0, 1] and clips negative values to 0
// caught-by: worse than the mean: negative R²
export function regressionMetrics(yTrue: number[], yPred: number[]): { mse: number; rmse: number; mae: number; r2: number; mape: number } {
  if (!yTrue.length || yTrue.length !== yPred.length) throw new Error('length mismatch');
  const n = yTrue.length;
  const ybar = yTrue.reduce((a, b) => a + b, 0) / n;
  const sse = yTrue.reduce((a, y, i) => a + (y - yPred[i]!) ** 2, 0);
  const sst = yTrue.reduce((a, y) => a + (y - ybar) ** 2, 0);
  const r2 = sst === 0 ? (sse === 0 ? 1 : 0) : Math.max(0, 1 - sse / sst);
  const mape = (100 / n) * yTrue.reduce((a, y, i) => a + Math.abs(y - yPred[i]!) / Math.max(Math.abs(y), Number.EPSILON), 0);
  return { mse: sse / n, rmse: Math.sqrt(sse / n), mae: yTrue.reduce((a, y, i) => a + Math.abs(y - yPred[i]!), 0) / n, r2, mape };
}
