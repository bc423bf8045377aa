export function adaboost(
  X: number[][],
  y: number[],
  T: number,
  Xtest: number[][],
): { stumps: number[][]; alphas: number[]; weights: number[]; predictions: number[] } {
  throw new Error('Not implemented');
}
