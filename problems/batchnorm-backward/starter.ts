export function batchNormBackward(
  x: number[][],
  gamma: number[],
  dY: number[][],
  eps: number,
): { dX: number[][]; dGamma: number[]; dBeta: number[] } {
  throw new Error('Not implemented');
}
