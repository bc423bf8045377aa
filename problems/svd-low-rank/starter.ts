export function svdLowRank(A: number[][], k: number): { U: number[][]; S: number[]; V: number[][]; Ak: number[][]; frobError: number } {
  // TODO: top-k singular triplets, the rank-k reconstruction U_k Σ_k V_kᵀ and ‖A − A_k‖_F
  throw new Error('Not implemented');
}
