export function loraForward(x: number[][], W: number[][], A: number[][], B: number[][], alpha: number): { y: number[][]; loraParams: number; fullParams: number } {
  // TODO: y = xW + (α/r)·(xA)B, plus the parameter counts of the adapter and of W
  return { y: [], loraParams: 0, fullParams: 0 };
}
