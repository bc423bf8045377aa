import { defineTests, rng } from '../../grader/kit.ts';

const TOL = { rtol: 1e-9, atol: 1e-12 };

function blobs(seed: number, k: number, per: number, d: number, spread: number, offset = 0, labelValues?: number[]) {
  const r = rng(seed);
  const X: number[][] = [], labels: number[] = [];
  for (let c = 0; c < k; c++) {
    const centre = Array.from({ length: d }, () => offset + r.uniform(-6, 6));
    const m = per + r.int(0, 3);
    for (let i = 0; i < m; i++) { X.push(centre.map((v) => v + r.normal(0, spread))); labels.push(labelValues ? labelValues[c]! : c); }
  }
  return [X, labels];
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: [[[0], [2], [10], [12], [14]], [0, 0, 1, 1, 1]] },
    { name: 'two features', sample: true, tolerance: TOL, args: [[[0, 0], [0, 2], [4, 0], [4, 2], [10, 10], [12, 10]], [0, 0, 1, 1, 2, 2]] },
    { name: 'tight clusters: no within dispersion gives 1', tolerance: TOL, args: [[[1, 1], [1, 1], [5, 5], [5, 5], [5, 5]], [0, 0, 1, 1, 1]] },
    { name: 'non-contiguous label values', tolerance: TOL, args: [[[0], [2], [10], [12], [14]], [7, 7, -2, -2, -2]] },
    { name: 'unequal cluster sizes', tolerance: TOL, args: [[[0], [1], [2], [3], [4], [5], [20], [22]], [0, 0, 0, 0, 0, 0, 1, 1]] },
    { name: 'data far from the origin', tolerance: TOL, args: blobs(7, 3, 6, 2, 1, 1e6) },
    { name: 'one cluster throws', expectError: true, args: [[[0], [1], [2]], [4, 4, 4]] },
    { name: 'every point its own cluster throws', expectError: true, args: [[[0], [1], [2]], [0, 1, 2]] },
    { name: 'a label count mismatch throws', expectError: true, args: [[[0], [1], [2]], [0, 1]] },
    { name: 'a non-integer label throws', expectError: true, args: [[[0], [1], [2]], [0, 0.5, 1]] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(700 + i);
      return { name: `random ${i + 1}`, tolerance: TOL, args: blobs(710 + i, r.int(2, 5), r.int(2, 8), r.int(1, 4), [0.5, 2, 1, 4, 0.2][i]!, 0, i === 3 ? [3, 1, 4, 15, 9] : undefined) };
    }),
    { name: 'large: 2000 points, 5 clusters', tolerance: TOL, weight: 2, args: blobs(99, 5, 400, 6, 1.5) },
  ],
});
