export function kernelMatrix(
  A: number[][], B: number[][], kernel: 'linear' | 'poly' | 'rbf' | 'sigmoid', gamma: number | 'scale', coef0: number, degree: number,
): number[][] {
  // TODO: K[i][j] = k(A[i], B[j]) for the chosen kernel; 'scale' means gamma = 1 / (d · Var(A))
  return A.map((a) => B.map((b) => a.reduce((s, v, j) => s + v * b[j]!, 0)));
}
