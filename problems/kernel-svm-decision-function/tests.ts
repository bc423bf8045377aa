import { defineTests, rng } from '../../grader/kit.ts';
import { svmDecision } from './reference.ts';

const TOL = { rtol: 1e-9, atol: 1e-12, fields: { labels: { exact: true } } };
type Kernel = 'linear' | 'poly' | 'rbf' | 'sigmoid';

/** Random support vectors and coefficients; keeps only test rows whose label is clear (sign or argmax gap ≥ 1e-6). */
function randomCase(seed: number, nSV: number, d: number, C: number, nX: number, kernel: Kernel, gamma: number, coef0: number, degree: number) {
  const r = rng(seed);
  const SV = r.matrix(nSV, d, -2, 2);
  const dualCoef = Array.from({ length: C }, () => Array.from({ length: nSV }, () => r.uniform(-1, 1)));
  const intercept = Array.from({ length: C }, () => r.uniform(-0.5, 0.5));
  const X: number[][] = [];
  while (X.length < nX) {
    const x = Array.from({ length: d }, () => r.uniform(-2.5, 2.5));
    const f = svmDecision(SV, dualCoef, intercept, [x], kernel, gamma, coef0, degree).scores[0]!;
    const s = [...f].sort((a, b) => b - a);
    if (C === 1 ? Math.abs(f[0]!) >= 1e-6 : s[0]! - s[1]! >= 1e-6) X.push(x);
  }
  return [SV, dualCoef, intercept, X, kernel, gamma, coef0, degree];
}

const SV = [[0, 0], [1, 1], [2, 0]];

export default defineTests({
  cases: [
    { name: 'binary rbf machine', sample: true, tolerance: TOL, args: [SV, [[1, -0.5, -0.5]], [0.1], [[0, 0.5], [1.5, 0.5], [3, 3]], 'rbf', 0.5, 0, 3] },
    { name: 'one-vs-rest with three machines', sample: true, tolerance: TOL, args: [SV, [[1, -0.5, -0.5], [-0.5, 1, -0.5], [-0.5, -0.5, 1]], [0, 0, 0], [[0, 0], [1, 0.9], [1.8, 0]], 'rbf', 1, 0, 3] },
    { name: 'a decision value of exactly 0 gives -1', tolerance: TOL, args: [[[1, 0], [-1, 0]], [[1, -1]], [0], [[0, 5], [0, -2]], 'linear', 1, 0, 1] },
    { name: 'no support vectors: the intercept decides', tolerance: TOL, args: [[], [[]], [-0.25], [[1, 2], [3, 4]], 'rbf', 1, 0, 3] },
    { name: 'a linear machine', tolerance: TOL, args: [[[1, 2], [2, -1], [0, 1]], [[0.5, -0.25, 0.75]], [-0.3], [[1, 1], [-2, 0.5], [0, 0]], 'linear', 1, 0, 1] },
    { name: 'polynomial kernel', tolerance: TOL, args: [SV, [[0.7, -0.4, -0.3]], [0.2], [[1, 0.5], [-1, 2], [0.3, -0.2]], 'poly', 0.5, 1, 3] },
    { name: 'sigmoid kernel', tolerance: TOL, args: [SV, [[0.7, -0.4, -0.3]], [0.05], [[1, 0.5], [-1, 2]], 'sigmoid', 0.3, -0.5, 3] },
    { name: 'a huge gamma: only coincident rows count', tolerance: TOL, args: [SV, [[1, -1, 0.5]], [0.1], [[0, 0], [1, 1], [2, 0], [0.5, 0.5]], 'rbf', 1e6, 0, 3] },
    { name: 'an argmax tie goes to the lower class', tolerance: TOL, args: [[[0, 0]], [[1], [1], [0.5]], [0.5, 0.5, 0.2], [[3, 4]], 'linear', 1, 0, 1] },
    { name: 'coefficient rows of the wrong length throw', expectError: true, args: [SV, [[1, 2]], [0], [[0, 0]], 'rbf', 1, 0, 3] },
    { name: 'no machines throws', expectError: true, args: [SV, [], [], [[0, 0]], 'rbf', 1, 0, 3] },
    { name: 'an unknown kernel throws', expectError: true, args: [SV, [[1, -0.5, -0.5]], [0], [[0, 0]], 'cosine', 1, 0, 3] },
    { name: 'rows of another width throw', expectError: true, args: [SV, [[1, -0.5, -0.5]], [0], [[0, 0, 0]], 'rbf', 1, 0, 3] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(1500 + i);
      const kernel = (['rbf', 'poly', 'linear', 'rbf', 'sigmoid'] as const)[i]!;
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(1510 + i, r.int(1, 12), r.int(1, 4), [1, 3, 1, 4, 2][i]!, r.int(2, 10), kernel, r.uniform(0.1, 2), r.uniform(-1, 1), r.int(1, 4)) };
    }),
    { name: 'large: 300 support vectors, 3 machines, 300 rows', tolerance: TOL, weight: 2, args: randomCase(99, 300, 6, 3, 300, 'rbf', 0.2, 0, 3) },
  ],
});
