export function partialDependence(X: number[][], w: number[], b: number, feature: number, grid: number[]): number[] {
  // TODO: for each grid value, overwrite the feature in every row, predict, and average
  return grid.map(() => 0);
}
