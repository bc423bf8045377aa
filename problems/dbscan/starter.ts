export function dbscan(X: number[][], eps: number, minPts: number): number[] {
  // TODO: neighbourhoods (self included, <= eps), core points, BFS expansion in index order
  return X.map(() => -1);
}
