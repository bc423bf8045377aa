export function cnnForward(
  x: number[][][],
  convW: number[][][][],
  convB: number[],
  fc1W: number[][],
  fc1B: number[],
  fc2W: number[][],
  fc2B: number[],
): number[] {
  // TODO: conv → ReLU → 2×2 max-pool → flatten (channel, row, column) → fc1 → ReLU → fc2
  throw new Error('Not implemented');
}
