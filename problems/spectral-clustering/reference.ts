// Reference: float64 Jacobi eigendecomposition of L = D − W (grader/reference-kit/linalg.ts), then Lloyd's
// k-means on the embedding rows. The partition does not depend on the eigenvector basis (signs, rotations
// inside a repeated eigenvalue): k-means distances are invariant under an orthogonal change of basis.
import { symmetricEigen } from '../../grader/reference-kit/linalg.ts';
import { argminLowest, squaredDistance } from '../../grader/reference-kit/float64.ts';

type Result = { eigenvalues: number[]; labels: number[] };

export function embed(X: number[][], sigma: number, k: number): { eigenvalues: number[]; rows: number[][]; gapAbove: number } {
  const n = X.length;
  const W = X.map((a, i) => X.map((b, j) => (i === j ? 0 : Math.exp(-squaredDistance(a, b) / (2 * sigma * sigma)))));
  const deg = W.map((r) => r.reduce((s, v) => s + v, 0));
  if (deg.some((v) => v === 0)) throw new Error('a point has no neighbour with positive weight (sigma too small)');
  const L = W.map((r, i) => r.map((v, j) => (i === j ? deg[i]! : -v)));
  const { values, vectors } = symmetricEigen(L);
  const idx = Array.from({ length: k }, (_, j) => n - 1 - j); // ascending: smallest first
  const rows = X.map((_, i) => idx.map((c) => vectors[c]![i]!));
  const gapAbove = k < n ? values[n - 1 - k]! - values[n - k]! : Infinity;
  return { eigenvalues: idx.map((c) => values[c]!), rows, gapAbove };
}

/** Lloyd's k-means from the given rows as initial centroids; also reports the smallest relative assignment gap. */
export function lloyd(P: number[][], init: number[][]): { labels: number[]; minGap: number } {
  let C = init.map((c) => [...c]);
  let labels: number[] = [];
  let minGap = Infinity;
  for (let it = 0; it < 300; it++) {
    minGap = Infinity;
    const next = P.map((p) => {
      const d = C.map((c) => squaredDistance(p, c));
      const s = [...d].sort((a, b) => a - b);
      if (s.length > 1) minGap = Math.min(minGap, (s[1]! - s[0]!) / Math.max(s[1]!, 1e-300));
      return argminLowest(d);
    });
    if (it > 0 && next.every((v, i) => v === labels[i])) break;
    labels = next;
    C = C.map((c, j) => {
      const members = P.filter((_, i) => labels[i] === j);
      return members.length === 0 ? c : c.map((_, t) => members.reduce((s, m) => s + m[t]!, 0) / members.length);
    });
  }
  return { labels, minGap };
}

export function spectralClustering(X: number[][], sigma: number, k: number, initIdx: number[]): Result {
  const n = X.length;
  if (n === 0) throw new Error('X is empty');
  const d = X[0]!.length;
  if (d === 0 || X.some((r) => r.length !== d || r.some((v) => !Number.isFinite(v)))) throw new Error('rows of X must be finite vectors of the same length >= 1');
  if (!(sigma > 0) || !Number.isFinite(sigma)) throw new Error('sigma must be positive');
  if (!Number.isInteger(k) || k < 1 || k > n) throw new Error('k must be an integer in [1, n]');
  if (initIdx.length !== k || initIdx.some((i) => !Number.isInteger(i) || i < 0 || i >= n)) throw new Error('initIdx must hold k row indices');
  const { eigenvalues, rows } = embed(X, sigma, k);
  return { eigenvalues, labels: lloyd(rows, initIdx.map((i) => rows[i]!)).labels };
}
