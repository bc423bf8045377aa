export function ensembleVote(probas: number[][][]): { votes: number[][]; hard: number[]; avgProba: number[][]; soft: number[] } {
  // TODO: per sample, count each estimator's argmax (hard vote) and average the probability rows (soft vote)
  throw new Error('Not implemented');
}
