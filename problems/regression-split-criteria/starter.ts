export function bestRegressionSplit(
  X: number[][], y: number[], criterion: 'mse' | 'mae', minSamplesLeaf: number,
): { feature: number; threshold: number; childImpurity: number; parentImpurity: number } {
  // TODO: try every midpoint of every feature, weight the children's MSE (around the mean) or
  // MAE (around the median) by their sizes, and keep the smallest
  throw new Error('Not implemented');
}
