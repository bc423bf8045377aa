// expect: wrong_answer
// mistake: an empty cluster's mean is computed as 0/0 and becomes NaN (or, with a guard, the origin) instead of keeping its previous centroid
// caught-by: empty cluster keeps its centroid
export function kmeans(X: number[][], initCentroids: number[][], maxIters: number, tol: number): { centroids: number[][]; labels: number[]; inertia: number; nIter: number } {
  const dist = (a: number[], b: number[]) => a.reduce((s, v, j) => s + (v - b[j]!) ** 2, 0);
  const assign = (C: number[][]) => X.map((x) => C.reduce((best, c, k) => (dist(x, c) < dist(x, C[best]!) ? k : best), 0));
  let C = initCentroids.map((c) => c.slice());
  let nIter = 0;
  for (let it = 0; it < maxIters; it++) {
    nIter = it + 1;
    const labels = assign(C);
    const next = C.map((c, k) => {
      const members = X.filter((_, i) => labels[i] === k);
      return c.map((_, j) => (members.length === 0 ? 0 : members.reduce((s, x) => s + x[j]!, 0) / members.length));
    });
    if (next.every((c, k) => c.every((v, j) => Math.abs(v - C[k]![j]!) < tol))) break;
    C = next;
  }
  const labels = assign(C);
  return { centroids: C, labels, inertia: X.reduce((s, x, i) => s + dist(x, C[labels[i]!]!), 0), nIter };
}
