export function gradientBoostingRegressor(
  X: number[][], y: number[], nEstimators: number, learningRate: number, maxDepth: number, Xtest: number[][],
): { trainMse: number[]; predictions: number[] } {
  // TODO: F0 = mean(y); each stage fits a regression tree of depth <= maxDepth to y − F and adds
  // learningRate × its prediction
  const mean = y.reduce((a, b) => a + b, 0) / Math.max(1, y.length);
  return { trainMse: [], predictions: Xtest.map(() => mean) };
}
