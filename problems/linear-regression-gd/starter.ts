export function linearRegressionGd(
  X: number[][], y: number[], lr: number, nIters: number, penalty: 'none' | 'l1' | 'l2', lambda: number,
): { weights: number[]; bias: number; costHistory: number[] } {
  // TODO: from w = 0, b = 0, nIters batch steps on (1/2n)‖Xw + b − y‖² plus the chosen penalty
  return { weights: new Array(X[0]?.length ?? 0).fill(0), bias: 0, costHistory: [] };
}
