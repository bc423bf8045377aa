export function batchedEval(batchLogits: number[][][], batchLabels: number[][]): number[] {
  // TODO: [mean of the per-batch mean cross-entropies, per-sample mean cross-entropy, accuracy]
  return [0, 0, 0];
}
