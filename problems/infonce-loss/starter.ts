export function infoNce(A: number[][], B: number[][], tau: number): number {
  // TODO: normalize the rows, logits[i][j] = cos(a_i, b_j) / τ, mean cross-entropy with target i
  return 0;
}
