export function simpleImpute(Xtrain: number[][], Xtest: number[][], strategy: 'mean' | 'median'): { statistics: number[]; train: number[][]; test: number[][] } {
  // TODO: per-column mean/median of the observed training values; fill NaN in both splits
  return { statistics: [], train: Xtrain.map((r) => r.slice()), test: Xtest.map((r) => r.slice()) };
}
