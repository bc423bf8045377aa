export function trainMLP(
  X: number[][], y: number[], W1: number[][], b1: number[], W2: number[][], b2: number[],
  batches: number[][], masks: number[][][], p: number, lr: number, beta1: number, beta2: number, eps: number,
): [number[][], number[], number[][], number[], number[]] {
  // TODO: for every batch: forward with its dropout mask, mean cross-entropy, backward, one Adam step
  throw new Error('Not implemented');
}
