/** Relative contrast (d_max − d_min)/d_min and d_min/d_max of the Euclidean distances from a query (float64). */
export function relativeContrast(X: number[][], query: number[]): { contrast: number; minOverMax: number } {
  if (X.length === 0 || query.length === 0) throw new Error('X and query must be non-empty');
  if (X.some((row) => row.length !== query.length)) throw new Error('every row must have the query’s dimension');
  const dist = X.map((row) => Math.sqrt(row.reduce((s, v, j) => s + (v - query[j]!) ** 2, 0)));
  const dMin = Math.min(...dist);
  const dMax = Math.max(...dist);
  if (dMax === 0) throw new Error('every point equals the query');
  return { contrast: dMin === 0 ? Number.POSITIVE_INFINITY : (dMax - dMin) / dMin, minOverMax: dMin / dMax };
}
