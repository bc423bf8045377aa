export function adversarialValidation(Xtrain: number[][], Xtest: number[][], folds: number[], lr: number, nIters: number, aucThreshold: number): { oofScores: number[]; auc: number; foldAccuracy: number[]; shift: number } {
  // TODO: label train 0 / test 1, out-of-fold logistic-GD scores, pooled tie-aware AUC, per-fold accuracy, shift flag
  throw new Error('Not implemented');
}
