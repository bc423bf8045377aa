export function multinomialNb(
  Xtrain: number[][], ytrain: number[], Xtest: number[][], alpha: number,
): { classes: number[]; logProba: number[][]; predictions: number[] } {
  // TODO: class priors, smoothed per-class word probabilities, log-space scores normalised with log-sum-exp
  throw new Error('Not implemented');
}
