export function autoencoderAnomaly(
  Xtrain: number[][], Xtest: number[][], encW: number[][][], encB: number[][], decW: number[][][], decB: number[][], q: number,
): { trainErrors: number[]; testErrors: number[]; threshold: number; isAnomaly: number[] } {
  // TODO: reconstruct every row, take per-row MSEs, the q-th percentile of the training errors, and flag e > threshold
  throw new Error('Not implemented');
}
