export function pairwiseDistances(A: number[][], B: number[][], metric: 'euclidean' | 'manhattan' | 'cosine'): number[][] {
  // TODO: the |A|×|B| matrix of distances for the chosen metric
  return A.map(() => B.map(() => 0));
}
