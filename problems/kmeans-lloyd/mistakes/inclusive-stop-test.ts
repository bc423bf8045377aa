// expect: wrong_answer
// mistake: stops when every coordinate moved by at most tol (≤) instead of strictly less than tol
// caught-by: a move of exactly tol does not stop
function nearest(x: number[], centroids: number[][]): { label: number; dist: number } {
  let label = 0;
  let dist = Infinity;
  centroids.forEach((c, k) => {
    let d = 0;
    for (let j = 0; j < x.length; j++) d += (x[j]! - c[j]!) ** 2;
    if (d < dist) {
      dist = d;
      label = k;
    }
  });
  return { label, dist };
}

export function kmeans(
  X: number[][],
  initCentroids: number[][],
  maxIters: number,
  tol: number,
): { centroids: number[][]; labels: number[]; inertia: number; nIter: number } {
  let centroids = initCentroids.map((c) => c.slice());
  const d = centroids[0]?.length ?? 0;
  let nIter = 0;
  for (let it = 0; it < maxIters; it++) {
    nIter = it + 1;
    const labels = X.map((x) => nearest(x, centroids).label);
    const sums = centroids.map(() => new Array<number>(d).fill(0));
    const counts = centroids.map(() => 0);
    X.forEach((x, i) => {
      counts[labels[i]!]!++;
      for (let j = 0; j < d; j++) sums[labels[i]!]![j]! += x[j]!;
    });
    const next = centroids.map((c, k) => (counts[k] === 0 ? c.slice() : sums[k]!.map((s) => s / counts[k]!)));
    const converged = next.every((c, k) => c.every((v, j) => Math.abs(v - centroids[k]![j]!) <= tol));
    if (converged) break;
    centroids = next;
  }
  const assigned = X.map((x) => nearest(x, centroids));
  return {
    centroids,
    labels: assigned.map((a) => a.label),
    inertia: assigned.reduce((s, a) => s + a.dist, 0),
    nIter,
  };
}
