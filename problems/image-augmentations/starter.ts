export function augment(img: number[][][], flip: boolean, crop: number[] | null, pad: number, brightness: number, contrast: number, noise: number[][][] | null): number[][][] {
  // TODO: flip → crop → pad → brightness → per-channel contrast → noise → clip to [0, 1]
  throw new Error('Not implemented');
}
