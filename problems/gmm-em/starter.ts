export function gmmEm(
  X: number[][], weights0: number[], means0: number[][], covs0: number[][][], nIter: number, regCovar: number,
): { weights: number[]; means: number[][]; covs: number[][][]; logLikHistory: number[] } {
  // TODO: nIter rounds of E-step (log-space responsibilities) and M-step (weights, means, covariances + regCovar·I)
  return { weights: weights0, means: means0, covs: covs0, logLikHistory: [] };
}
