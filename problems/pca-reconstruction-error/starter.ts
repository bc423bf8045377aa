export function pcaReconstruct(X: number[][], mean: number[], components: number[][]): { scores: number[][]; reconstruction: number[][]; mse: number } {
  // TODO: scores Z = (X − mean) Vᵀ, reconstruction Z V + mean, and the mean squared error over all entries
  return { scores: X.map(() => components.map(() => 0)), reconstruction: X.map(() => mean.slice()), mse: 0 };
}
