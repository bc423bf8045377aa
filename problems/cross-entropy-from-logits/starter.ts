export function crossEntropyFromLogits(
  logitsBinary: number[],
  yBinary: number[],
  logits: number[][],
  labels: number[],
): { bce: number; ce: number; dBinary: number[]; dLogits: number[][] } {
  // TODO: stable binary and categorical cross-entropy from logits, batch means, and their gradients
  throw new Error('Not implemented');
}
