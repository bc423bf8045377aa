export function augment(img: number[][][], flip: boolean, pad: number, top: number, left: number, size: number, mean: number[], std: number[]): number[][][] {
  // TODO: flip → zero-pad → crop size×size at (top, left) → (x − mean[c]) / std[c]
  throw new Error('Not implemented');
}
