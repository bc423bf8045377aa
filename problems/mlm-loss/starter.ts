export function mlmLoss(logits: number[][], targets: number[], masked: number[]): { sum: number; mean: number } {
  // TODO: −log softmax(logits_i)[target_i] summed and averaged over the masked positions only
  return { sum: 0, mean: 0 };
}
