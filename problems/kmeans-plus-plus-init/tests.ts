import { defineTests, rng } from '../../grader/kit.ts';
import { drawMargin } from './reference.ts';

/** Blobs plus uniforms whose draws stay at least 1e-9·W from every CDF breakpoint. */
function randomCase(seed: number, n: number, k: number, d: number): unknown[] {
  const r = rng(seed);
  const centres = Array.from({ length: Math.max(2, k) }, () => Array.from({ length: d }, () => r.uniform(-20, 20)));
  const X = Array.from({ length: n }, () => { const c = centres[r.int(0, centres.length - 1)]!; return c.map((v) => v + r.normal()); });
  for (;;) {
    const u = Array.from({ length: k }, () => r.uniform(0, 1));
    if (drawMargin(X, k, u) > 1e-9) return [X, k, u];
  }
}

export default defineTests({
  cases: [
    { name: 'four points on a line', sample: true, args: [[[0, 0], [1, 0], [10, 0], [11, 0]], 2, [0.3, 0.5]] },
    { name: 'small draw picks a near point', sample: true, args: [[[0, 0], [1, 0], [10, 0], [11, 0]], 2, [0.3, 0.001]] },
    { name: 'k equals 1', args: [[[1, 2], [3, 4], [5, 6]], 1, [0.7]] },
    { name: 'u equal to zero skips zero-mass points', args: [[[0], [0], [3], [5]], 2, [0, 0]] },
    { name: 'duplicates are never re-picked', args: [[[2, 2], [2, 2], [2, 2], [8, 8]], 2, [0.1, 0.9]] },
    { name: 'all points identical', args: [[[1, 1], [1, 1], [1, 1]], 3, [0.5, 0.2, 0.9]] },
    { name: 'fewer distinct points than k', args: [[[0], [0], [4], [4]], 3, [0.1, 0.6, 0.3]] },
    { name: 'k equals n', args: [[[0], [1], [3], [7]], 4, [0.6, 0.4, 0.8, 0.2]] },
    { name: 'u close to one', args: [[[0], [1], [2], [3], [40]], 2, [0.999999, 0.999]] },
    { name: 'k zero throws', args: [[[0], [1]], 0, [0.1]], expectError: true },
    { name: 'negative uniform throws', args: [[[0], [1], [2]], 2, [0.5, -0.1]], expectError: true },
    { name: 'rows of different lengths throw', args: [[[0, 0], [1], [2, 2]], 2, [0.1, 0.5]], expectError: true },
    { name: 'k larger than n throws', args: [[[0], [1]], 3, [0.1, 0.2, 0.3]], expectError: true },
    { name: 'too few uniforms throws', args: [[[0], [1], [2]], 3, [0.1, 0.2]], expectError: true },
    { name: 'uniform equal to one throws', args: [[[0], [1], [2]], 2, [1, 0.2]], expectError: true },
    ...Array.from({ length: 6 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(2900 + i, 20 + 15 * i, 2 + i, 2 + (i % 3)) })),
    { name: 'large', args: randomCase(3000, 2000, 12, 8), weight: 2 },
  ],
});
