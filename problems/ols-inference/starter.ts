export function olsInference(X: number[][], y: number[], tCrit: number): number[][] {
  // TODO: OLS with an intercept; σ̂² = RSS/(n − p − 1); SE_j = √(σ̂²[(XᵀX)⁻¹]_jj); t_j = β_j/SE_j; β_j ± tCrit·SE_j
  const k = (X[0]?.length ?? 0) + 1;
  const zeros = new Array<number>(k).fill(0);
  return [zeros, zeros, zeros, zeros, zeros];
}
