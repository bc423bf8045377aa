export function qr(A: number[][]): { Q: number[][]; R: number[][] } {
  // TODO: orthonormal columns Q (m x n) and upper-triangular R (n x n) with a non-negative diagonal, A = QR
  const n = A[0]?.length ?? 0;
  return { Q: A.map((row) => row.slice()), R: Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))) };
}
