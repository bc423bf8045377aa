export function gammaPoisson(counts: number[], alpha: number, beta: number, kQuery: number[]): { alphaPost: number; betaPost: number; mean: number; map: number; predictive: number[] } {
  // TODO: posterior Gamma(α + Σx, β + n), its mean and mode, and the negative-binomial posterior predictive
  return { alphaPost: alpha, betaPost: beta, mean: alpha / beta, map: 0, predictive: kQuery.map(() => 0) };
}
