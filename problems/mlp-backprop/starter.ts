export function mlpGradients(
  X: number[][],
  Y: number[][],
  weights: number[][][],
  biases: number[][],
): { dW: number[][][]; db: number[][]; loss: number } {
  throw new Error('Not implemented');
}
