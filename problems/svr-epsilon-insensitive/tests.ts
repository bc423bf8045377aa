import { defineTests, rng } from '../../grader/kit.ts';

const TOL = { rtol: 1e-9, atol: 1e-12 };

/** Random rows; redraws any row whose |residual| is within 1e-6 of eps (the subgradient's kink). */
function randomCase(seed: number, n: number, d: number, C: number, eps: number) {
  const r = rng(seed);
  const w = Array.from({ length: d }, () => r.normal(0, 1));
  const b = r.uniform(-1, 1);
  const X: number[][] = [], y: number[] = [];
  while (X.length < n) {
    const x = Array.from({ length: d }, () => r.uniform(-2, 2));
    const t = x.reduce((s, v, j) => s + v * w[j]!, 0) + b + r.normal(0, 2 * eps + 0.2);
    const res = t - (x.reduce((s, v, j) => s + v * w[j]!, 0) + b);
    if (Math.abs(Math.abs(res) - eps) < 1e-6) continue;
    X.push(x);
    y.push(t);
  }
  return [X, y, w, b, C, eps];
}

const X4 = [[0], [1], [2], [3]];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: [X4, [0.2, 3, 1, 2.9], [1], 0, 2, 0.5] },
    { name: 'every residual inside the tube', sample: true, tolerance: TOL, args: [X4, [0.1, 1.2, 1.9, 3], [1], 0, 5, 0.5] },
    { name: 'residuals exactly on the tube boundary', tolerance: TOL, args: [X4, [0.5, 0.5, 2.5, 2.5], [1], 0, 1, 0.5] },
    { name: 'eps = 0 is the absolute loss', tolerance: TOL, args: [X4, [1, 1, 1, 3], [1], 0, 1, 0] },
    { name: 'a zero residual with eps = 0 has subgradient 0', tolerance: TOL, args: [[[1, 2], [0, 1]], [3, 5], [1, 1], 0, 1, 0] },
    { name: 'C = 0 leaves the norm term', tolerance: TOL, args: [X4, [5, -5, 5, -5], [2], 1, 0, 0.1] },
    { name: 'two features', tolerance: TOL, args: [[[1, 2], [-1, 0.5], [3, -2]], [2, -3, 4], [0.5, -1], 0.25, 1.5, 0.2] },
    { name: 'no rows', tolerance: TOL, args: [[], [], [1, -2], 0.3, 1, 0.1] },
    { name: 'a negative eps throws', expectError: true, args: [X4, [0, 1, 2, 3], [1], 0, 1, -0.1] },
    { name: 'a target count mismatch throws', expectError: true, args: [X4, [0, 1], [1], 0, 1, 0.1] },
    { name: 'rows of another width throw', expectError: true, args: [X4, [0, 1, 2, 3], [1, 2], 0, 1, 0.1] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(1700 + i);
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(1710 + i, r.int(3, 30), r.int(1, 5), r.uniform(0.1, 10), [0, 0.1, 0.5, 1, 0.05][i]!) };
    }),
    { name: 'large: 5000 rows', tolerance: TOL, weight: 2, args: randomCase(99, 5000, 3, 1, 0.3) },
  ],
});
