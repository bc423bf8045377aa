export function attentionPooling(
  H: number[][][],
  w: number[],
  b: number,
  lengths: number[] | null,
): { context: number[][]; weights: number[][] } {
  // TODO: score every time step with w·h + b, softmax over time, then average the hidden vectors
  throw new Error('Not implemented');
}
