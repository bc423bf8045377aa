export function metricLosses(
  x1: number[][], x2: number[][], similar: number[], margin: number,
  anchor: number[][], positive: number[][], negative: number[][], alpha: number,
): { contrastive: number; triplet: number } {
  // TODO: ½ Σ [y d² + (1 − y) max(0, m − d)²] and Σ max(0, d(a, p) − d(a, n) + α)
  return { contrastive: 0, triplet: 0 };
}
