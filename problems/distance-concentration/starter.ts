export function relativeContrast(X: number[][], query: number[]): { contrast: number; minOverMax: number } {
  // TODO: Euclidean distances from the query, then (d_max − d_min) / d_min and d_min / d_max
  throw new Error('Not implemented');
}
