import { defineTests, rng } from '../../grader/kit.ts';

/** Gaussian blobs plus uniform noise; redraw if a pairwise distance is within 1e-9 (relative) of eps. */
function randomCase(seed: number, n: number, d: number, eps: number, minPts: number): unknown[] {
  const r = rng(seed);
  for (;;) {
    const centres = Array.from({ length: r.int(2, 4) }, () => Array.from({ length: d }, () => r.uniform(-10, 10)));
    const X = Array.from({ length: n }, () => {
      if (r.uniform() < 0.15) return Array.from({ length: d }, () => r.uniform(-14, 14));
      const c = centres[r.int(0, centres.length - 1)]!;
      return c.map((v) => v + 0.8 * r.normal());
    });
    let ok = true;
    for (let i = 0; i < n && ok; i++) for (let j = i + 1; j < n; j++) {
      const dist = Math.sqrt(X[i]!.reduce((s, v, c) => s + (v - X[j]![c]!) ** 2, 0));
      if (Math.abs(dist - eps) < 1e-9 * eps) { ok = false; break; }
    }
    if (ok) return [X, eps, minPts];
  }
}

export default defineTests({
  cases: [
    { name: 'one cluster with borders and noise', sample: true, args: [[[0, 0], [0, 1], [1, 0], [5, 5], [0, 2], [9, 9]], 1, 3] },
    { name: 'two clusters', sample: true, args: [[[0, 0], [0, 1], [1, 1], [10, 10], [10, 11], [11, 11], [5, 5]], 1.5, 3] },
    { name: 'all noise with tiny eps', args: [[[0, 0], [1, 1], [2, 2]], 0.1, 2] },
    { name: 'one cluster with huge eps', args: [[[0, 0], [5, 5], [9, 1]], 100, 3] },
    { name: 'minPts one makes every point core', args: [[[0], [10], [20], [21]], 2, 1] },
    { name: 'distance exactly eps on a grid', args: [[[0, 0], [3, 4], [6, 8], [20, 20]], 5, 2] },
    { name: 'border point reachable from two clusters', args: [[[2.1], [3], [3.4], [3.8], [4.2], [0], [0.4], [0.8], [1.2]], 1, 4] },
    { name: 'border visited before its core point', args: [[[3], [0], [1], [2], [4.5]], 1, 3] },
    { name: 'duplicate points', args: [[[1, 1], [1, 1], [1, 1], [4, 4]], 0, 3] },
    { name: 'empty input', args: [[], 1, 2] },
    { name: 'negative eps throws', args: [[[0]], -1, 2], expectError: true },
    { name: 'fractional minPts throws', args: [[[0], [1]], 1, 1.5], expectError: true },
    { name: 'rows of different lengths throw', args: [[[0, 0], [1], [2, 2]], 1, 2], expectError: true },
    { name: 'zero minPts throws', args: [[[0]], 1, 0], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(3100 + i, 40 + 20 * i, 2 + (i % 2), 1 + 0.2 * i, 3 + (i % 3)) })),
    { name: 'large', args: randomCase(3200, 600, 3, 1.2, 5), weight: 2 },
  ],
});
