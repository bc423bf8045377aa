import { argminLowest, squaredDistance } from '../../grader/reference-kit/float64.ts';

/** Plain float64 (discrete decisions: float32 can flip near-tie assignments). */
function assign(X: number[][], centroids: number[][]): { labels: number[]; inertia: number } {
  let inertia = 0;
  const labels = X.map((x) => {
    const dists = centroids.map((c) => squaredDistance(x, c));
    const label = argminLowest(dists);
    inertia += dists[label]!;
    return label;
  });
  return { labels, inertia };
}

export function kmeans(
  X: number[][],
  initCentroids: number[][],
  maxIters: number,
  tol: number,
): { centroids: number[][]; labels: number[]; inertia: number; nIter: number } {
  let centroids = initCentroids.map((c) => [...c]);
  const d = centroids[0]?.length ?? 0;
  let nIter = 0;
  for (let it = 0; it < maxIters; it++) {
    nIter = it + 1;
    const { labels } = assign(X, centroids);
    const sums = centroids.map(() => new Array<number>(d).fill(0));
    const counts = new Array<number>(centroids.length).fill(0);
    X.forEach((x, i) => {
      const c = labels[i]!;
      counts[c]!++;
      for (let j = 0; j < d; j++) sums[c]![j]! += x[j]!;
    });
    const next = centroids.map((old, c) => (counts[c] === 0 ? [...old] : sums[c]!.map((s) => s / counts[c]!)));
    const converged = next.every((row, c) => row.every((v, j) => Math.abs(v - centroids[c]![j]!) < tol));
    if (converged) break; // the old centroids are kept
    centroids = next;
  }
  const { labels, inertia } = assign(X, centroids);
  return { centroids, labels, inertia, nIter };
}
