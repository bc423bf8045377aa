import { defineTests, rng } from '../../grader/kit.ts';
import { embed, lloyd } from './reference.ts';

const TOL = { rtol: 1e-7, atol: 1e-9, fields: { labels: { exact: true } } };

type Made = { X: number[][]; group: number[] };

/**
 * Redraws until the k-th and (k+1)-th eigenvalues are apart, every k-means assignment on the embedding is
 * clear, and the clustering recovers the generating groups (so each case shows spectral clustering working).
 * k-means starts from one point of each group.
 */
function checked(seed: number, make: (r: ReturnType<typeof rng>) => Made, sigma: number) {
  const r = rng(seed);
  for (;;) {
    const { X, group } = make(r);
    const k = Math.max(...group) + 1;
    const initIdx = Array.from({ length: k }, (_, j) => group.indexOf(j) + 1);
    const e = embed(X, sigma, k);
    if (e.gapAbove < 1e-6) continue; // eigenvector error ~ ε‖L‖ / gap stays far below the assignment margins
    const km = lloyd(e.rows, initIdx.map((i) => e.rows[i]!));
    if (km.minGap < 1e-4 || km.labels.some((l, i) => l !== group[i])) continue;
    return [X, sigma, k, initIdx];
  }
}

/** Concentric rings, inner first (points per ring proportional to its radius): k-means on X cannot separate them. */
const rings = (perUnit: number, radii: number[], noise: number) => (r: ReturnType<typeof rng>): Made => {
  const X: number[][] = [], group: number[] = [];
  radii.forEach((rad, j) => {
    const c = Math.round(perUnit * rad);
    for (let i = 0; i < c; i++) {
      const a = (2 * Math.PI * (i + r.uniform(-0.3, 0.3))) / c, rr = rad + r.normal(0, noise);
      X.push([rr * Math.cos(a), rr * Math.sin(a)]);
      group.push(j);
    }
  });
  return { X, group };
};

const blobs = (k: number, per: number, d: number, spread: number) => (r: ReturnType<typeof rng>): Made => {
  const X: number[][] = [], group: number[] = [];
  for (let j = 0; j < k; j++) {
    const c = Array.from({ length: d }, (_, t) => (t === 0 ? 6 * j : r.uniform(-1, 1)));
    for (let i = 0; i < per; i++) { X.push(c.map((v) => v + r.normal(0, spread))); group.push(j); }
  }
  return { X, group };
};

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: [[[0], [1], [2], [10], [11], [12]], 1, 2, [0, 3]] },
    { name: 'three points, one cluster', sample: true, tolerance: TOL, args: [[[0, 0], [1, 0], [0, 1]], 1, 1, [1]] },
    { name: 'concentric rings', tolerance: TOL, args: checked(3, rings(8, [1, 4], 0.1), 0.6) },
    { name: 'a disconnected graph', tolerance: TOL, args: [[[0, 0], [0.5, 0], [0, 0.5], [100, 100], [100.5, 100], [100, 100.5]], 0.5, 2, [0, 5]] },
    { name: 'three blobs', tolerance: TOL, args: checked(4, blobs(3, 10, 2, 0.6), 1.5) },
    { name: 'one cluster of many points', tolerance: TOL, args: checked(5, blobs(1, 12, 3, 1), 1) },
    { name: 'a sigma so small that a point is isolated throws', expectError: true, args: [[[0], [1], [50]], 0.5, 2, [0, 2]] },
    { name: 'k larger than n throws', expectError: true, args: [[[0], [1]], 1, 3, [0, 1, 1]] },
    { name: 'an init index out of range throws', expectError: true, args: [[[0], [1], [2]], 1, 2, [0, 3]] },
    { name: 'a non-positive sigma throws', expectError: true, args: [[[0], [1], [2]], 0, 2, [0, 2]] },
    ...Array.from({ length: 5 }, (_, i) => {
      const make = i % 2 ? rings(6 + i, [1, 3.5 + i / 4], 0.08) : blobs(2 + (i % 3), 6 + i, 2 + (i % 2), 0.5);
      return { name: `random ${i + 1}`, tolerance: TOL, args: checked(1300 + i, make, i % 2 ? 0.6 : 1.5) };
    }),
    { name: 'large: three rings', tolerance: TOL, weight: 2, args: checked(99, rings(8, [1, 4, 7.5], 0.1), 0.7) },
  ],
});
