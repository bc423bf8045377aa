export function ndcgAtK(scores: number[][], relevance: number[][], k: number, gain: 'linear' | 'exponential'): { perQuery: number[]; mean: number } {
  // TODO: rank each query's items by score (ties: lower index first), compute DCG@k and IDCG@k,
  // NDCG = DCG / IDCG (0 when IDCG = 0), and the mean over queries.
  throw new Error('Not implemented');
}
