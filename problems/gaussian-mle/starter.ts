export function gaussianMle(x: number[]): { mu: number; sigma2: number; sigma2Unbiased: number; logLik: number } {
  // TODO: μ̂ = mean, σ̂² (divisor n), the unbiased variance (divisor n − 1), and ℓ(μ̂, σ̂²)
  return { mu: 0, sigma2: 1, sigma2Unbiased: 1, logLik: 0 };
}
