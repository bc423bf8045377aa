export function accumulateGradients(X: number[][], y: number[], w0: number[], lr: number, microBatches: number[][], accumSteps: number): { gradients: number[][]; weights: number[][] } {
  // TODO: per group of accumSteps micro-batches, combine the mean-loss gradients weighted by size, then step
  return { gradients: [], weights: [] };
}
