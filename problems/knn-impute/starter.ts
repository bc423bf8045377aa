export function knnImpute(X: number[][], k: number): number[][] {
  // TODO: fill each NaN with the mean of that feature over the k nearest rows that have it
  // (nan-Euclidean distance over the shared observed coordinates)
  return X.map((r) => r.map((v) => (Number.isNaN(v) ? 0 : v)));
}
