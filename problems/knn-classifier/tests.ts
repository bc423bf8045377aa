import { defineTests, rng } from '../../grader/kit.ts';
import { sortedDistances } from './reference.ts';

type Metric = 'euclidean' | 'manhattan' | 'cosine';

/**
 * Gaussian blobs with labels from `labelSet`; redraws a query while any two of its k+1 smallest
 * distances are closer than 1e-6 (relative), so rounding can never change the neighbour set or order.
 */
function randomCase(seed: number, n: number, m: number, d: number, k: number, metric: Metric, labelSet: number[]) {
  const r = rng(seed);
  const centres = labelSet.map(() => r.vector(d, -4, 4));
  const yTrain = Array.from({ length: n }, () => labelSet[r.int(0, labelSet.length - 1)]!);
  const Xtrain = yTrain.map((y) => centres[labelSet.indexOf(y)]!.map((c) => c + r.normal(0, 1.5)));
  const Xtest: number[][] = [];
  while (Xtest.length < m) {
    const q = Array.from({ length: d }, () => r.uniform(-6, 6));
    const ds = sortedDistances(Xtrain, q, metric).slice(0, Math.min(k + 1, n));
    let ok = true;
    for (let i = 1; i < ds.length; i++) if (ds[i]! - ds[i - 1]! < 1e-6 * Math.max(1, ds[i]!)) ok = false;
    if (ok) Xtest.push(q);
  }
  return [Xtrain, yTrain, Xtest, k, metric];
}

export default defineTests({
  cases: [
    { name: 'tied vote goes to the first label in neighbour order', sample: true, args: [[[0, 0], [3, 0], [1, 0], [2, 0]], [2, 1, 1, 2], [[0, 0], [2.9, 0]], 4, 'euclidean'] },
    { name: 'equal distances: lowest index first', sample: true, args: [[[1, 0], [-1, 0], [0, 1]], [5, 7, 9], [[0, 0]], 1, 'manhattan'] },
    { name: 'simple majority, k = 3', sample: true, args: [[[0, 0], [0, 1], [1, 0], [5, 5], [5, 6], [6, 5]], [0, 0, 0, 1, 1, 1], [[0.2, 0.3], [5.5, 5.1], [2, 2]], 3, 'euclidean'] },
    { name: 'k = 1', args: [[[0, 0], [4, 4], [8, 0]], [10, 20, 30], [[1, 1], [7, 1], [4, 3]], 1, 'euclidean'] },
    { name: 'k equals the training size', args: [[[0], [1], [2], [10], [11]], [1, 1, 1, 2, 2], [[10.5], [0.5]], 5, 'manhattan'] },
    { name: 'k larger than the training size', args: [[[0], [1], [9]], [4, 8, 8], [[0], [100]], 10, 'euclidean'] },
    { name: 'tied vote with even k and equal distances', args: [[[1, 0], [-1, 0], [0, 2], [0, -2]], [3, 1, 1, 3], [[0, 0]], 2, 'euclidean'] },
    { name: 'tied vote, manhattan', args: [[[2, 0], [0, 1], [0, 3], [3, 1]], [9, 4, 9, 4], [[0, 0]], 4, 'manhattan'] },
    { name: 'test point equal to a training point', args: [[[1, 2], [3, 4], [5, 6]], [0, 1, 2], [[3, 4]], 1, 'euclidean'] },
    { name: 'duplicate training points with different labels', args: [[[2, 2], [2, 2], [0, 0]], [6, 3, 3], [[2, 2], [2.1, 2]], 1, 'euclidean'] },
    { name: 'manhattan and euclidean disagree', args: [[[3, 3], [0, 4.5]], [1, 2], [[0, 0]], 1, 'manhattan'] },
    { name: 'cosine ignores the scale', args: [[[10, 0], [0.5, 0.5], [0, 3]], [1, 2, 3], [[1, 0.1], [0.2, 5], [3, 2.8]], 1, 'cosine'] },
    { name: 'cosine with a zero vector', args: [[[0, 0], [1, 1], [-1, 0]], [7, 8, 9], [[0, 0], [-2, 0.1]], 1, 'cosine'] },
    { name: 'negative and non-contiguous labels', args: [[[0, 0], [0, 1], [4, 4], [4, 5], [5, 4]], [-1, -1, 12, 12, 12], [[0, 0.4], [4.4, 4.4]], 3, 'euclidean'] },
    { name: 'empty test set', args: [[[0, 0]], [1], [], 1, 'euclidean'] },
    { name: 'k = 0 throws', expectError: true, args: [[[0, 0], [1, 1]], [0, 1], [[0, 0]], 0, 'euclidean'] },
    { name: 'non-integer k throws', expectError: true, args: [[[0, 0], [1, 1]], [0, 1], [[0, 0]], 1.5, 'euclidean'] },
    { name: 'empty training set throws', expectError: true, args: [[], [], [[0, 0]], 1, 'euclidean'] },
    { name: 'label count mismatch throws', expectError: true, args: [[[0, 0], [1, 1]], [0], [[0, 0]], 1, 'euclidean'] },
    { name: 'dimension mismatch throws', expectError: true, args: [[[0, 0], [1, 1]], [0, 1], [[0, 0, 0]], 1, 'euclidean'] },
    { name: 'unknown metric throws', expectError: true, args: [[[0, 0], [1, 1]], [0, 1], [[0, 0]], 1, 'chebyshev'] },
    ...(['euclidean', 'manhattan', 'cosine', 'euclidean', 'manhattan', 'cosine'] as Metric[]).map((metric, i) => {
      const r = rng(900 + i);
      return { name: `random ${i + 1}`, args: randomCase(910 + i, r.int(8, 40), r.int(3, 12), r.int(2, 5), r.int(1, 7), metric, i % 2 ? [3, 7, 11] : [0, 1, 2, 3]) };
    }),
    { name: 'large: 600 training points, 150 queries', args: randomCase(31337, 600, 150, 8, 9, 'euclidean', [0, 1, 2, 3, 4]), weight: 2 },
  ],
});
