export function meanAveragePrecision(relevance: number[][], totalRelevant: number[], k: number): { ap: number[]; map: number } {
  // TODO: AP@k = (1 / R) · Σ_{i ≤ k} precision@i · rel_i per query, then the mean.
  return { ap: relevance.map(() => 0), map: 0 };
}
