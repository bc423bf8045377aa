export function softmaxCrossEntropy(logits: number[][], yOneHot: number[][]): { loss: number; dLogits: number[][] } {
  // TODO: stable log-softmax per row, mean cross-entropy, gradient (P - Y) / m
  return { loss: 0, dLogits: logits.map((row) => row.map(() => 0)) };
}
