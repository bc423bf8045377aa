import { defineTests, rng } from '../../grader/kit.ts';

const TOL = { rtol: 1e-9, atol: 1e-12 };
type Kernel = 'linear' | 'poly' | 'rbf' | 'sigmoid';

function randomCase(seed: number, m: number, n: number, d: number, kernel: Kernel, gamma: number | 'scale', coef0: number, degree: number) {
  const r = rng(seed);
  const shift = Array.from({ length: d }, () => r.uniform(-3, 3));
  const A = Array.from({ length: m }, () => shift.map((s) => s + r.normal(0, 1)));
  const B = Array.from({ length: n }, () => shift.map((s) => s + r.normal(0, 1)));
  return [A, B, kernel, gamma, coef0, degree];
}

const A = [[1, 0], [0, 2], [1, 1]];
const B = [[1, 1], [2, 0]];

export default defineTests({
  cases: [
    { name: 'polynomial example', sample: true, tolerance: TOL, args: [A, B, 'poly', 0.5, 1, 2] },
    { name: 'rbf with gamma scale', sample: true, tolerance: TOL, args: [A, B, 'rbf', 'scale', 0, 3] },
    { name: 'linear kernel', tolerance: TOL, args: [A, B, 'linear', 1, 0, 1] },
    { name: 'sigmoid kernel', tolerance: TOL, args: [A, B, 'sigmoid', 0.3, -1, 3] },
    { name: 'polynomial kernel keeps gamma', tolerance: TOL, args: [A, A, 'poly', 2, 0.5, 3] },
    { name: 'a negative polynomial base with an odd degree', tolerance: TOL, args: [[[1, -2]], [[3, 1], [-1, -1]], 'poly', 1, -2, 3] },
    { name: 'degree 0 gives all ones', tolerance: TOL, args: [A, B, 'poly', 1, 0, 0] },
    { name: 'identical rows give exactly 1 under rbf', tolerance: TOL, args: [[[1e3, 2e3], [3, 4]], [[1e3, 2e3], [3, 4]], 'rbf', 0.7, 0, 3] },
    { name: 'far rows underflow to 0 under rbf', tolerance: TOL, args: [[[0, 0]], [[100, 100], [0.1, 0]], 'rbf', 1, 0, 3] },
    { name: 'gamma scale with a constant A', tolerance: TOL, args: [[[2, 2], [2, 2]], [[2, 2], [3, 1]], 'rbf', 'scale', 0, 3] },
    { name: 'gamma scale uses the variance of every entry', tolerance: TOL, args: [[[0, 100], [2, 104], [4, 102]], [[1, 101]], 'rbf', 'scale', 0, 3] },
    { name: 'an empty B', tolerance: TOL, args: [A, [], 'linear', 1, 0, 1] },
    { name: 'an unknown kernel throws', expectError: true, args: [A, B, 'laplacian', 1, 0, 1] },
    { name: 'a non-integer degree throws', expectError: true, args: [A, B, 'poly', 1, 0, 2.5] },
    { name: 'a non-positive gamma throws', expectError: true, args: [A, B, 'rbf', 0, 0, 3] },
    { name: 'rows of different widths throw', expectError: true, args: [A, [[1, 2, 3]], 'linear', 1, 0, 1] },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(1400 + i);
      const kernel = (['rbf', 'poly', 'sigmoid', 'linear', 'rbf', 'poly'] as const)[i]!;
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(1410 + i, r.int(1, 8), r.int(1, 8), r.int(1, 5), kernel, i % 2 ? 'scale' : r.uniform(0.05, 1), r.uniform(-1, 1), r.int(1, 4)) };
    }),
    { name: 'large: 200×200 rbf, 10 dimensions', tolerance: TOL, weight: 2, args: randomCase(99, 200, 200, 10, 'rbf', 'scale', 0, 3) },
  ],
});
