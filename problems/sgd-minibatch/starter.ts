export function sgdMinibatch(X: number[][], y: number[], w0: number[], b0: number, lr: number, batchSize: number, perms: number[][]): { w: number[]; b: number; batchLoss: number[]; epochLoss: number[] } {
  // TODO: for each epoch, cut perms[e] into batches of batchSize and take one gradient step per batch
  return { w: w0.slice(), b: b0, batchLoss: [], epochLoss: [] };
}
