export function learningCurve(X: number[][], y: number[], folds: number[][], fracs: number[], alpha: number): [number[], number[][], number[][]] {
  // TODO: sizes from the fractions of the first fold's training size; for each size and fold fit ridge on
  // the first m training rows; [mean, population std] of the training and validation MSEs per size
  return [[], [], []];
}
