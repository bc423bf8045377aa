export function kde1d(data: number[], query: number[], h: number, kernel: 'gaussian' | 'epanechnikov' | 'uniform'): number[] {
  // TODO: f̂(x) = (1/(n·h)) Σ K((x − xᵢ)/h) for the chosen kernel
  return query.map(() => 0);
}
