import { defineTests, rng } from '../../grader/kit.ts';
import { gpExpectedImprovement } from './reference.ts';

/** Observations of a smooth function plus noise, random candidates; redrawn until the best EI leads the second by 1e-4 (relative). */
function randomCase(seed: number, n: number, m: number, d: number, ell: number, sf2: number, sn2: number, xi: number) {
  const r = rng(seed);
  for (;;) {
    const X = r.matrix(n, d, 0, 3);
    const y = X.map((x) => Math.sin(2 * x[0]!) + 0.3 * x.reduce((s, v) => s + (v - 1.5) ** 2, 0) + Math.sqrt(sn2) * r.normal());
    const Xc = r.matrix(m, d, -0.5, 3.5);
    const [, , ei] = gpExpectedImprovement(X, y, Xc, ell, sf2, sn2, xi);
    const sorted = [...ei].sort((a, b) => b - a);
    if (sorted[0]! > 1e-6 && (m === 1 || sorted[0]! - sorted[1]! > 1e-4 * sorted[0]!)) return [X, y, Xc, ell, sf2, sn2, xi];
  }
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[[0], [1], [2]], [1, 0, 0.5], [[0.5], [1], [3]], 1, 1, 0, 0.01] },
    { name: 'two dimensions', sample: true, args: randomCase(7500, 6, 5, 2, 1, 1, 0.01, 0.01) },
    { name: 'a candidate at an observed point', args: [[[0, 0], [1, 1], [2, 0]], [0.3, -0.2, 0.5], [[1, 1], [0, 0], [1.5, 0.5]], 0.8, 2, 0, 0] },
    { name: 'coinciding observations', args: [[[0.5], [0.5], [1.5], [1.5000001]], [0.2, 0.2, -0.1, -0.1], [[1], [2.5], [0]], 1, 1, 0, 0.01], tolerance: { rtol: 1e-4, atol: 1e-6 } },
    { name: 'a single observation', args: [[[1, 2]], [0.7], [[1, 2.5], [3, 3], [0, 0]], 1.5, 0.5, 0.001, 0.05] },
    { name: 'xi = 0', args: randomCase(7501, 8, 6, 1, 0.7, 1.5, 0.001, 0) },
    { name: 'noisy observations', args: randomCase(7502, 10, 8, 1, 0.5, 1, 0.2, 0.01) },
    ...Array.from({ length: 4 }, (_, i) => {
      const r = rng(7510 + i);
      return { name: `random ${i + 1}`, args: randomCase(7520 + i, r.int(3, 15), r.int(2, 10), r.int(1, 3), r.uniform(0.3, 2), r.uniform(0.5, 3), r.uniform(0, 0.1), r.uniform(0, 0.1)) };
    }),
    { name: 'large: 200 observations, 500 candidates', args: randomCase(7600, 200, 500, 3, 1, 1, 0.01, 0.01), weight: 2 },
    { name: 'a zero length scale throws', args: [[[0]], [1], [[1]], 0, 1, 0, 0.01], expectError: true },
    { name: 'candidates of the wrong width throw', args: [[[0, 1]], [1], [[1]], 1, 1, 0, 0.01], expectError: true },
    { name: 'negative xi throws', args: [[[0]], [1], [[1]], 1, 1, 0, -0.1], expectError: true },
  ],
});
