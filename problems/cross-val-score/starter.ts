export function crossValScore(X: number[][], y: number[], folds: number[][], alpha: number): [number[], number, number] {
  // TODO: for each fold, fit ridge (unpenalised intercept) on the other rows, score R² on the fold;
  // return [scores, mean, 2 · population std]
  return [folds.map(() => 0), 0, 0];
}
