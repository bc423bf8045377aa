export function correlationPairs(X: number[][], threshold: number): { corr: number[][]; pairs: number[][] } {
  // TODO: Pearson correlation of every pair of columns, then the pairs a < b with |r| > threshold
  const p = X[0]?.length ?? 0;
  return { corr: Array.from({ length: p }, (_, a) => Array.from({ length: p }, (_, b) => (a === b ? 1 : 0))), pairs: [] };
}
