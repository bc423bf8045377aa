export function bootstrapOob(
  n: number, draws: number[][], p: number, maxFeatures: 'sqrt' | 'log2' | 'all' | number,
): { inBagCounts: number[][]; oobMask: boolean[][]; oobTrees: number[]; maxFeaturesCount: number } {
  // TODO: count how often each row was drawn per tree, mark the rows never drawn, and apply the max_features rule
  return { inBagCounts: draws.map(() => new Array(n).fill(1)), oobMask: draws.map(() => new Array(n).fill(false)), oobTrees: new Array(n).fill(0), maxFeaturesCount: p };
}
