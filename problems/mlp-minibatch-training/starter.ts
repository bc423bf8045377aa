export function trainMlp(
  X: number[][], Y: number[][], weights: number[][][], biases: number[][],
  epochs: number, lr: number, batchSize: number, perms: number[][],
): { weights: number[][][]; biases: number[][]; losses: number[] } {
  // TODO: for each epoch, walk perms[epoch] in batches of batchSize: forward, backward, then update
  return { weights, biases, losses: [] };
}
