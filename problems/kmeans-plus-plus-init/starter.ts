export function kmeansPlusPlus(X: number[][], k: number, u: number[]): number[] {
  // TODO: first centre floor(u0 * n), then D^2 sampling by inverse CDF
  return Array.from({ length: k }, (_, i) => i);
}
