export function svmDualToPrimal(
  X: number[][], y: number[], alpha: number[], C: number,
): { w: number[]; b: number; support: number[]; dual: number; primal: number } {
  // TODO: w = Σ αᵢ yᵢ xᵢ, b from the free support vectors, the dual W(α) and the primal objective
  return { w: new Array(X[0]?.length ?? 0).fill(0), b: 0, support: [], dual: 0, primal: 0 };
}
