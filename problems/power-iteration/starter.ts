export function powerIteration(A: number[][], v0: number[], iters: number): { eigenvalue: number; eigenvector: number[] } {
  // TODO: normalise v0, then iters times v = A v / |A v|; return v and its Rayleigh quotient v^T A v
  return { eigenvalue: 0, eigenvector: v0.slice() };
}
