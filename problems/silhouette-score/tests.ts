import { defineTests, rng } from '../../grader/kit.ts';

const TOL = { rtol: 1e-9, atol: 1e-12 };

function blobs(seed: number, k: number, per: number, d: number, spread: number, labelValues?: number[]) {
  const r = rng(seed);
  const X: number[][] = [], labels: number[] = [];
  for (let c = 0; c < k; c++) {
    const centre = Array.from({ length: d }, () => r.uniform(-6, 6));
    const m = per + r.int(0, 3);
    for (let i = 0; i < m; i++) {
      X.push(centre.map((v) => v + r.normal(0, spread)));
      labels.push(labelValues ? labelValues[c]! : c);
    }
  }
  // shuffle rows so clusters are interleaved
  for (let i = X.length - 1; i > 0; i--) { const j = r.int(0, i); [X[i], X[j]] = [X[j]!, X[i]!]; [labels[i], labels[j]] = [labels[j]!, labels[i]!]; }
  return [X, labels];
}

const X6 = [[0, 0], [0, 1], [1, 0], [5, 5], [5, 6], [9, 9]];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: [[[0], [1], [4], [5], [12]], [0, 0, 1, 1, 1]] },
    { name: 'a singleton cluster scores 0', sample: true, tolerance: TOL, args: [X6, [0, 0, 0, 1, 1, 2]] },
    { name: 'non-contiguous label values', tolerance: TOL, args: [X6, [5, 5, 5, 9, 9, 42]] },
    { name: 'duplicate points in two clusters', tolerance: TOL, args: [[[1, 1], [1, 1], [1, 1], [1, 1]], [0, 0, 1, 1]] },
    { name: 'a badly assigned point scores negative', tolerance: TOL, args: [[[0], [1], [2], [10], [11], [1.5]], [0, 0, 0, 1, 1, 1]] },
    { name: 'the nearest other cluster, not the first', tolerance: TOL, args: [[[0], [1], [20], [21], [5], [6]], [0, 0, 1, 1, 2, 2]] },
    { name: 'one cluster throws', expectError: true, args: [X6, [3, 3, 3, 3, 3, 3]] },
    { name: 'every point its own cluster throws', expectError: true, args: [[[0], [1], [2]], [0, 1, 2]] },
    { name: 'a label count mismatch throws', expectError: true, args: [X6, [0, 1]] },
    { name: 'rows of different lengths throw', expectError: true, args: [[[0, 1], [2]], [0, 1]] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(600 + i);
      return { name: `random ${i + 1}`, tolerance: TOL, args: blobs(610 + i, r.int(2, 5), r.int(2, 8), r.int(1, 4), [0.5, 2, 1, 4, 0.2][i]!, i === 2 ? [-3, 7, 100, 8, 1] : undefined) };
    }),
    { name: 'large: 400 points, 4 clusters', tolerance: TOL, weight: 2, args: blobs(99, 4, 98, 5, 1.5) },
  ],
});
