type T3 = number[][][];
type K = number[][][][];

export function residualBlock(
  x: T3, conv1W: K, conv1B: number[], bn1: number[][], conv2W: K, conv2B: number[], bn2: number[][],
  shortcutW: K | null, shortcutB: number[] | null, bnS: number[][] | null, stride: number, eps: number,
): T3 {
  // TODO: conv → BN → ReLU → conv → BN, add the shortcut, then ReLU
  throw new Error('Not implemented');
}
