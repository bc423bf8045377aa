import { defineTests, rng } from '../../grader/kit.ts';

const TOL = { rtol: 1e-9, atol: 1e-12, fields: { supportVectors: { exact: true } } };

/** Random points and a random hyperplane; redraws points whose margin is within 1e-6 of 1 + tol. */
function randomCase(seed: number, n: number, d: number, C: number, tol: number) {
  const r = rng(seed);
  const w = Array.from({ length: d }, () => r.normal(0, 1));
  const b = r.uniform(-1, 1);
  const X: number[][] = [], y: number[] = [];
  while (X.length < n) {
    const x = Array.from({ length: d }, () => r.uniform(-3, 3));
    const label = r.uniform() < 0.5 ? -1 : 1;
    const m = label * (x.reduce((s, v, j) => s + v * w[j]!, 0) + b);
    if (Math.abs(m - 1 - tol) < 1e-6) continue;
    X.push(x);
    y.push(label);
  }
  return [X, y, w, b, C, tol];
}

const X5 = [[2, 2], [0, 1], [1, 0], [-1, -1], [3, 0]];
const y5 = [1, 1, -1, -1, -1];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: [X5, y5, [0.5, 0.5], -0.5, 1, 1e-9] },
    { name: 'every point outside the margin', sample: true, tolerance: TOL, args: [[[3, 3], [-3, -3]], [1, -1], [0.5, 0.5], 0, 2, 1e-9] },
    { name: 'points exactly on the margin are support vectors', tolerance: TOL, args: [[[1, 0], [-1, 0], [2, 0], [0, 5]], [1, -1, 1, 1], [1, 0], 0, 1, 0] },
    { name: 'a misclassified point has slack above 1', tolerance: TOL, args: [[[2, 0], [-2, 0], [1, 0]], [1, -1, -1], [1, 0], 0, 0.5, 1e-9] },
    { name: 'w = 0 gives an infinite margin width', tolerance: TOL, args: [[[1, 2], [3, 4]], [1, -1], [0, 0], 0.25, 1, 1e-9] },
    { name: 'C = 0 leaves only the norm', tolerance: TOL, args: [X5, y5, [0.5, 0.5], -0.5, 0, 1e-9] },
    { name: 'the tolerance widens the support set', tolerance: TOL, args: [[[1.05, 0], [1.2, 0], [-1.001, 0]], [1, 1, -1], [1, 0], 0, 1, 0.01] },
    { name: 'no rows', tolerance: TOL, args: [[], [], [1, 2], 0, 1, 1e-9] },
    { name: 'labels 0 and 1 throw', expectError: true, args: [X5, [1, 1, 0, 0, 0], [0.5, 0.5], -0.5, 1, 1e-9] },
    { name: 'rows of another width throw', expectError: true, args: [X5, y5, [0.5], -0.5, 1, 1e-9] },
    { name: 'a negative C throws', expectError: true, args: [X5, y5, [0.5, 0.5], -0.5, -1, 1e-9] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(1600 + i);
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(1610 + i, r.int(3, 30), r.int(1, 5), r.uniform(0.1, 10), [0, 1e-9, 0.05, 0.2, 1e-6][i]!) };
    }),
    { name: 'large: 5000 rows', tolerance: TOL, weight: 2, args: randomCase(99, 5000, 3, 1, 1e-9) },
  ],
});
