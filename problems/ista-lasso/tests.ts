import { defineTests, rng } from '../../grader/kit.ts';
import { symmetricEigen } from '../../grader/reference-kit/linalg.ts';
import { istaTrace } from './reference.ts';

function lipschitz(X: number[][]): number {
  const n = X.length;
  const p = X[0]!.length;
  const gram = Array.from({ length: p }, (_, a) => Array.from({ length: p }, (_, b) => X.reduce((s, row) => s + row[a]! * row[b]!, 0) / n));
  return symmetricEigen(gram).values[0]!;
}

/**
 * Sparse ground truth plus noise; step = stepFactor / L. Redraws until no |z| comes within 1e-7 of
 * the threshold, so rounding cannot decide whether a coefficient is zero.
 */
function randomCase(seed: number, n: number, p: number, alphaScale: number, stepFactor: number, iters: number) {
  const r = rng(seed);
  for (;;) {
    const X = r.matrix(n, p, -2, 2);
    const wTrue = Array.from({ length: p }, (_, j) => (j % 2 === 0 ? r.uniform(-3, 3) : 0));
    const y = X.map((row) => row.reduce((s, x, j) => s + x * wTrue[j]!, 0) + r.normal(0, 0.2));
    const args = [X, y, r.vector(p, -0.5, 0.5), alphaScale * r.uniform(0.2, 1), stepFactor / lipschitz(X), iters] as const;
    if (istaTrace(...args).margin >= 1e-7) return [...args];
  }
}

const X3 = [[1, 0], [0, 1], [1, 1]];
const y3 = [2, 0.1, 1.5];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [X3, y3, [0, 0], 0.6, 0.5, 3] },
    { name: 'no penalty is gradient descent', sample: true, args: [X3, y3, [1, -1], 0, 0.5, 4] },
    { name: 'a sparse solution', args: randomCase(4100, 40, 8, 1, 1, 300) },
    { name: 'penalty large enough to zero everything', args: [X3, y3, [0.5, 0.5], 5, 0.5, 5] },
    { name: 'zero iterations', args: [X3, y3, [0.2, 0.3], 0.1, 0.5, 0] },
    { name: 'starting at the solution stays there', args: [[[1, 0], [0, 1]], [3, 0.5], [2, 0], 0.5, 0.4, 6] },
    { name: 'step above 2/L diverges as written', args: [X3, y3, [0, 0], 0.1, 4, 8] },
    { name: 'one feature', args: [[[1], [2], [3], [4]], [1.2, 1.9, 3.2, 3.9], [0], 0.3, 0.2, 10] },
    { name: 'negative coefficients shrink towards zero', args: [X3, [-2, -0.1, -1.5], [0, 0], 0.6, 0.5, 5] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(4200 + i);
      return { name: `random ${i + 1}`, args: randomCase(4300 + i, r.int(3, 30), r.int(1, 8), r.uniform(0.05, 1), r.uniform(0.3, 1), r.int(1, 60)) };
    }),
    { name: 'large: 300 rows, 40 features, 300 iterations', args: randomCase(4400, 300, 40, 0.3, 1, 300), weight: 2 },
    { name: 'negative alpha throws', expectError: true, args: [X3, y3, [0, 0], -0.1, 0.5, 3] },
    { name: 'zero step throws', expectError: true, args: [X3, y3, [0, 0], 0.1, 0, 3] },
    { name: 'mismatched w0 throws', expectError: true, args: [X3, y3, [0], 0.1, 0.5, 3] },
    { name: 'mismatched y throws', expectError: true, args: [X3, [1, 2], [0, 0], 0.1, 0.5, 3] },
    { name: 'fractional iters throws', expectError: true, args: [X3, y3, [0, 0], 0.1, 0.5, 2.5] },
  ],
});
