export function gradientBoostingStumps(X: number[][], y: number[], M: number, nu: number, Xtest: number[][]): { trainMse: number[]; predictions: number[] } {
  // TODO: F0 = mean(y); each round fit a least-squares stump to the residuals and add nu * stump
  const mean = y.reduce((a, b) => a + b, 0) / Math.max(1, y.length);
  return { trainMse: [], predictions: Xtest.map(() => mean) };
}
