export function ridgeCV(X: number[][], y: number[], alphas: number[], folds: number[]): { trainMse: number[]; valMse: number[]; bestIndex: number } {
  // TODO: for every alpha and fold, fit ridge on the other folds and measure train and validation MSE
  return { trainMse: alphas.map(() => 0), valMse: alphas.map(() => 0), bestIndex: 0 };
}
