export function mvnLogPdf(X: number[][], mu: number[], Sigma: number[][]): number[] {
  // TODO: Cholesky Σ = LLᵀ, log|Σ| = 2 Σ log Lᵢᵢ, quadratic form = ‖L⁻¹(x − μ)‖²
  return X.map(() => 0);
}
