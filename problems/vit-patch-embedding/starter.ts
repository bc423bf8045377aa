export function vitPatchEmbed(img: number[][][], patchSize: number, W: number[][], b: number[], cls: number[], pos: number[][]): number[][] {
  // TODO: cut P×P patches in row-major order, flatten each, project with W, prepend cls, add pos
  throw new Error('Not implemented');
}
