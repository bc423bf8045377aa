export function conv2dBackward(
  x: number[][][],
  w: number[][][][],
  stride: number,
  padding: number,
  dY: number[][][],
): { dX: number[][][]; dW: number[][][][]; db: number[] } {
  // TODO: scatter every upstream gradient dY[o][i][j] back to the input window and the kernel it came from
  throw new Error('Not implemented');
}
