export function stacking(
  X: number[][], y: number[], alphas: number[], folds: number[][], Xtest: number[][], metaRidge: number,
): { oof: number[][]; metaWeights: number[]; metaIntercept: number; testPredictions: number[] } {
  // TODO: out-of-fold predictions of each ridge base model, a ridge meta-model on them, then the
  // base models refitted on all rows feed the meta-model for Xtest
  throw new Error('Not implemented');
}
