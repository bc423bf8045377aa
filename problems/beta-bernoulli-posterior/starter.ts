export function betaBernoulli(x: number[], a: number, b: number): { aPost: number; bPost: number; mle: number; map: number; mean: number; variance: number } {
  // TODO: posterior Beta(a + k, b + n − k), the MLE k/n, the posterior mode (with its boundary cases), mean and variance
  return { aPost: a, bPost: b, mle: 0, map: 0, mean: 0, variance: 0 };
}
