export function regressionMetrics(yTrue: number[], yPred: number[]): { mse: number; rmse: number; mae: number; r2: number; mape: number } {
  // TODO: MSE, RMSE, MAE, R^2 (with the constant-target rule), MAPE in percent with the epsilon guard
  return { mse: 0, rmse: 0, mae: 0, r2: 1, mape: 0 };
}
