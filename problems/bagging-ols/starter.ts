export function baggingOls(
  X: number[][], y: number[], bootstraps: number[][], Xtest: number[][],
): { predictions: number[]; oobPredictions: number[]; oobMse: number } {
  // TODO: fit OLS with an intercept on every bootstrap sample, average the test predictions, and
  // predict each training row only with the models that did not draw it
  throw new Error('Not implemented');
}
