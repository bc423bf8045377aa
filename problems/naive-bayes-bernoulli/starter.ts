export function bernoulliNb(
  Xtrain: number[][], ytrain: number[], Xtest: number[][], alpha: number,
): { classes: number[]; logProba: number[][]; predictions: number[] } {
  // TODO: priors, smoothed P(x_j = 1 | c), log-likelihood over present AND absent features, log-sum-exp normalisation
  throw new Error('Not implemented');
}
