export function svmDecision(
  SV: number[][], dualCoef: number[][], intercept: number[], X: number[][],
  kernel: 'linear' | 'poly' | 'rbf' | 'sigmoid', gamma: number, coef0: number, degree: number,
): { scores: number[][]; labels: number[] } {
  // TODO: f_c(x) = Σ_i dualCoef[c][i] · K(SV[i], x) + intercept[c]; labels from the sign (one machine)
  // or the argmax (several machines)
  return { scores: X.map(() => intercept.slice()), labels: X.map(() => 0) };
}
