export function decisionTreeRegressor(
  X: number[][], y: number[], maxDepth: number, minSamplesSplit: number, minSamplesLeaf: number, Xtest: number[][],
): { predictions: number[]; depth: number; leaves: number } {
  // TODO: grow the tree by variance reduction (midpoint thresholds, x <= t goes left), leaves predict the mean
  const mean = y.reduce((a, b) => a + b, 0) / Math.max(1, y.length);
  return { predictions: Xtest.map(() => mean), depth: 0, leaves: 1 };
}
