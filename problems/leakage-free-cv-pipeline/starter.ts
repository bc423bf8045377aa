export function pipelineCV(X: number[][], y: number[], folds: number[][], alpha: number): number[] {
  // TODO: per fold, fit imputer → scaler → ridge on the training rows only, then the validation MSE
  return folds.map(() => 0);
}
