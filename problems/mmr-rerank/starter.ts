export function mmrRerank(relevance: number[], embeddings: number[][], lambda: number, topK: number): number[] {
  // TODO: greedily pick the item maximising (1 - lambda) * relevance - lambda * (max similarity to the picked ones)
  return relevance.map((_, i) => i).slice(0, topK);
}
