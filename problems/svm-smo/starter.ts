export function svmSMO(
  X: number[][], y: number[], C: number, kernel: 'linear' | 'poly' | 'rbf' | 'sigmoid', gamma: number, coef0: number, degree: number,
  tol: number, maxIter: number, Xtest: number[][],
): [number[], number, number[]] {
  // TODO: SMO with the maximal violating pair until the gap is below tol; then b and the decision values
  return [X.map(() => 0), 0, Xtest.map(() => 0)];
}
