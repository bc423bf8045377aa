export function calinskiHarabasz(X: number[][], labels: number[]): number {
  // TODO: between-cluster dispersion / (k − 1) over within-cluster dispersion / (n − k)
  return 0;
}
