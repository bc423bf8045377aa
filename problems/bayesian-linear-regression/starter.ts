export function bayesLinReg(
  X: number[][], y: number[], lambda: number, beta: number, Xtest: number[][],
): { mean: number[]; cov: number[][]; predMean: number[]; predVar: number[] } {
  // TODO: S_N = (λI + βXᵀX)⁻¹, m_N = β S_N Xᵀy, predictive mean m_Nᵀx and variance 1/β + xᵀS_N x
  throw new Error('Not implemented');
}
