import { defineTests, rng, type TestCase } from '../../grader/kit.ts';
import { kmeans } from './reference.ts';

type Args = [number[][], number[][], number, number];

const EXACT = { fields: { labels: { exact: true }, nIter: { exact: true } } };

/** Smallest relative gap between the nearest and second-nearest centroid over every assignment made. */
function assignmentMargin([X, init, maxIters, tol]: Args): number {
  let margin = Infinity;
  for (let iters = 0; iters <= maxIters; iters++) {
    const { centroids, nIter } = kmeans(X, init, iters, tol);
    for (const x of X) {
      const d = centroids.map((c) => c.reduce((s, v, j) => s + (x[j]! - v) ** 2, 0)).sort((a, b) => a - b);
      if (d.length > 1) margin = Math.min(margin, (d[1]! - d[0]!) / (d[1]! + 1e-12));
    }
    if (nIter < iters) break;
  }
  return margin;
}

/** Blobs around random centres; redraws until no assignment is a near-tie (honest tests). */
function blobs(seed: number, n: number, k: number, d: number, spread: number, maxIters = 100, tol = 1e-8): Args {
  for (let attempt = 0; ; attempt++) {
    const r = rng(seed * 1000 + attempt);
    const centres = r.matrix(k, d, -10, 10);
    const X = Array.from({ length: n }, () => {
      const c = centres[r.int(0, k - 1)]!;
      return c.map((v) => v + spread * r.normal());
    });
    const init = Array.from({ length: k }, () => X[r.int(0, n - 1)]!.map((v) => v + r.uniform(-0.5, 0.5)));
    const args: Args = [X, init, maxIters, tol];
    if (assignmentMargin(args) > 1e-6 || attempt > 50) return args;
  }
}

const cases: TestCase[] = [
  { name: 'worked example', sample: true, args: [[[0], [1], [10], [11]], [[0], [1]], 10, 1e-6] },
  { name: 'two blobs in the plane', sample: true, args: [[[1, 1], [1.5, 2], [3, 4], [5, 7], [3.5, 5], [4.5, 5], [3.5, 4.5]], [[1, 1], [5, 7]], 20, 1e-9] },
  { name: 'empty cluster keeps its centroid', args: [[[0, 0], [1, 0], [0, 1], [5, 5], [6, 5]], [[0, 0], [5, 5], [100, 100]], 20, 1e-9] },
  { name: 'cluster becomes empty mid-run', args: [[[0], [2], [4], [20], [22]], [[0], [3], [21]], 20, 1e-9] },
  { name: 'duplicate initial centroids: lower index takes all', args: [[[1, 2], [2, 1], [9, 9], [8, 9]], [[1, 1], [1, 1], [9, 9]], 20, 1e-9] },
  { name: 'k = 1', args: [[[1, 2, 3], [4, 5, 6], [7, 8, 10], [-1, 0, 2]], [[0, 0, 0]], 10, 1e-9] },
  { name: 'k = n', args: [[[0, 0], [3, 4], [-2, 7]], [[0.1, 0], [3, 4.2], [-2, 6.9]], 10, 1e-9] },
  { name: 'point equidistant from two centroids goes to the lower index', args: [[[0, 0], [2, 0], [1, 0], [1, 5]], [[0, 0], [2, 0]], 1, 1e-9] },
  { name: 'tie persists after updates', args: [[[-1], [1], [0], [-3], [3]], [[-2], [2]], 10, 1e-9] },
  { name: 'already converged: nIter is 1', args: [[[0, 0], [0, 2], [10, 0], [10, 2]], [[0, 1], [10, 1]], 10, 1e-9] },
  { name: 'maxIters reached: labels recomputed', args: [[[0], [1], [2], [10]], [[0], [3]], 1, 1e-12] },
  { name: 'maxIters reached after two updates', args: [[[0], [1], [10], [11], [12], [30]], [[0], [1]], 2, 1e-12] },
  { name: 'maxIters = 0 returns the initial centroids', args: [[[0, 1], [5, 5], [2, 2]], [[0, 0], [4, 4]], 0, 1e-6] },
  { name: 'large tol stops early and keeps the old centroids', args: [[[0], [1], [10], [11], [12], [13]], [[0], [1]], 50, 5] },
  { name: 'a move of exactly tol does not stop', args: [[[0], [2]], [[0]], 10, 1] },
  { name: 'tol = 0 runs to maxIters', args: [[[0], [1], [10], [11]], [[0], [1]], 7, 0] },
  { name: 'duplicate points', args: [[[2, 2], [2, 2], [2, 2], [8, 8], [8, 8]], [[0, 0], [9, 9]], 10, 1e-9] },
  ...Array.from({ length: 5 }, (_, i) => {
    const r = rng(500 + i);
    return { name: `random ${i + 1}`, args: blobs(510 + i, r.int(10, 40), r.int(2, 5), r.int(1, 4), r.uniform(0.5, 2.5)) };
  }),
  { name: 'large: 2000 points, k = 8, d = 6', args: blobs(599, 2000, 8, 6, 2, 100, 1e-10), weight: 2 },
];

export default defineTests({ cases: cases.map((c) => ({ ...c, tolerance: EXACT })) });
