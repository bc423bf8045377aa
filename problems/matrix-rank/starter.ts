export function matrixRank(A: number[][], tol?: number): number {
  // TODO: eliminate with partial pivoting and count the pivots larger than the tolerance
  return Math.min(A.length, A[0]?.length ?? 0);
}
