export function retrieveTopK(queries: number[][], docs: number[][], k: number): { indices: number[][]; scores: number[][] } {
  // TODO: cosine similarity of every query with every document, then the k best per query
  return { indices: queries.map(() => []), scores: queries.map(() => []) };
}
