export function kmeans(
  X: number[][],
  initCentroids: number[][],
  maxIters: number,
  tol: number,
): { centroids: number[][]; labels: number[]; inertia: number; nIter: number } {
  // TODO: repeat assign / update / stop test; then recompute labels and inertia
  const centroids = initCentroids.map((c) => c.slice());
  const labels = X.map(() => 0);
  return { centroids, labels, inertia: 0, nIter: 0 };
}
