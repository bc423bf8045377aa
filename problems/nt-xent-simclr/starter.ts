export function ntXent(Z: number[][], tau: number): number {
  // TODO: for each of the 2N rows, cross-entropy over the other 2N − 1 rows with the other view as target
  return 0;
}
