export function spectralClustering(X: number[][], sigma: number, k: number, initIdx: number[]): { eigenvalues: number[]; labels: number[] } {
  // TODO: Gaussian similarity graph, L = D − W, eigenvectors of the k smallest eigenvalues as the
  // embedding, then k-means on the embedded rows starting from the rows initIdx
  return { eigenvalues: new Array(k).fill(0), labels: X.map(() => 0) };
}
