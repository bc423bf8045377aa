export function labelSmoothingCe(logits: number[][], labels: number[], alpha: number): { smoothed: number[][]; loss: number; grad: number[][] } {
  // TODO: smoothed targets (1 - alpha) * onehot + alpha / K, mean cross-entropy against log-softmax, and its gradient
  return { smoothed: logits.map((r) => r.map(() => 0)), loss: 0, grad: logits.map((r) => r.map(() => 0)) };
}
