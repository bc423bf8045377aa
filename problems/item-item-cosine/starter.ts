export function itemItemTopK(R: number[][], k: number): { similarity: number[][]; topK: number[][] } {
  // TODO: cosine similarity of the item columns (diagonal 0, zero columns give 0), then the k most similar other items
  const items = R[0]?.length ?? 0;
  return { similarity: Array.from({ length: items }, () => new Array(items).fill(0)), topK: Array.from({ length: items }, () => []) };
}
