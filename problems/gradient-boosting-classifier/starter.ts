export function gradientBoostingClassifier(
  X: number[][], y: number[], nEstimators: number, learningRate: number, maxDepth: number, Xtest: number[][],
): { proba: number[]; labels: number[] } {
  // TODO: F0 = log-odds of the positive rate; each stage fits a regression tree to y − sigmoid(F) and
  // sets each leaf to a Newton step
  return { proba: Xtest.map(() => 0.5), labels: Xtest.map(() => 0) };
}
