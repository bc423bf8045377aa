export function symEig(S: number[][]): { values: number[]; vectors: number[][] } {
  // TODO: cyclic Jacobi rotations until the off-diagonal part vanishes; values descending, vectors as columns
  throw new Error('Not implemented');
}
