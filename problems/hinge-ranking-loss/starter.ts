export function hingeLosses(y: number[], scores: number[], pairs: number[][], itemScores: number[]): { hinge: number; ranking: number } {
  // TODO: Σ max(0, 1 − y·ŷ) and Σ over pairs (i, j) of max(0, 1 − (s_i − s_j))
  return { hinge: 0, ranking: 0 };
}
