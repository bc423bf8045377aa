// expect: wrong_answer
// mistake: divides by SS_tot even when the targets are constant (0/0 = NaN or -Infinity), and has no MAPE guard
// caught-by: constant target, imperfect
export function regressionMetrics(yTrue: number[], yPred: number[]): { mse: number; rmse: number; mae: number; r2: number; mape: number } {
  if (!yTrue.length || yTrue.length !== yPred.length) throw new Error('length mismatch');
  const n = yTrue.length;
  const ybar = yTrue.reduce((a, b) => a + b, 0) / n;
  const sse = yTrue.reduce((a, y, i) => a + (y - yPred[i]!) ** 2, 0);
  const sst = yTrue.reduce((a, y) => a + (y - ybar) ** 2, 0);
  const mape = (100 / n) * yTrue.reduce((a, y, i) => a + Math.abs((y - yPred[i]!) / y), 0);
  return { mse: sse / n, rmse: Math.sqrt(sse / n), mae: yTrue.reduce((a, y, i) => a + Math.abs(y - yPred[i]!), 0) / n, r2: 1 - sse / sst, mape };
}
