export function scaleFeatures(Xtrain: number[][], Xtest: number[][], method: 'standard' | 'minmax'): { train: number[][]; test: number[][] } {
  // TODO: fit per-column statistics on Xtrain, transform both splits
  return { train: Xtrain.map((r) => r.slice()), test: Xtest.map((r) => r.slice()) };
}
