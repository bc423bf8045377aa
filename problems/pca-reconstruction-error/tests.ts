import { defineTests, rng } from '../../grader/kit.ts';
import { symmetricEigen } from '../../grader/reference-kit/linalg.ts';

const TOL = { rtol: 1e-9, atol: 1e-10 };

/** Correlated data, its mean and its top-k PCA components (rows), from the kit's Jacobi eigendecomposition. */
function randomCase(seed: number, n: number, p: number, k: number, offset = 0) {
  const r = rng(seed);
  const A = Array.from({ length: p }, () => Array.from({ length: p }, () => r.normal()));
  const X = Array.from({ length: n }, () => {
    const z = Array.from({ length: p }, (_, j) => r.normal(0, 3 / (j + 1)));
    return Array.from({ length: p }, (_, t) => offset + z.reduce((s, v, j) => s + v * A[j]![t]!, 0));
  });
  const mean = Array.from({ length: p }, (_, t) => X.reduce((s, x) => s + x[t]!, 0) / n);
  const cov = Array.from({ length: p }, (_, a) => Array.from({ length: p }, (_, b) => X.reduce((s, x) => s + (x[a]! - mean[a]!) * (x[b]! - mean[b]!), 0) / (n - 1)));
  return [X, mean, symmetricEigen(cov).vectors.slice(0, k)];
}

const X4 = [[2, 0], [0, 2], [4, 2], [2, 4]];
const s = Math.SQRT1_2;

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: [X4, [2, 2], [[s, s]]] },
    { name: 'all components: exact reconstruction', sample: true, tolerance: TOL, args: [X4, [2, 2], [[s, s], [-s, s]]] },
    { name: 'no components: the mean', tolerance: TOL, args: [X4, [2, 2], []] },
    { name: 'a mean that is not the data mean', tolerance: TOL, args: [X4, [1, 3], [[s, s]]] },
    { name: 'data far from the origin', tolerance: TOL, args: randomCase(3, 30, 4, 2, 1000) },
    { name: 'one feature', tolerance: TOL, args: [[[1], [3], [8]], [4], [[1]]] },
    { name: 'components that are not orthonormal throw', expectError: true, args: [X4, [2, 2], [[1, 1]]] },
    { name: 'components of another width throw', expectError: true, args: [X4, [2, 2], [[1, 0, 0]]] },
    { name: 'a mean of another width throws', expectError: true, args: [X4, [2], [[1]]] },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(2500 + i);
      const p = r.int(2, 7);
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(2510 + i, r.int(5, 40), p, r.int(1, p), i === 3 ? 50 : 0) };
    }),
    { name: 'large: 2000 rows, 10 features, 4 components', tolerance: TOL, weight: 2, args: randomCase(99, 2000, 10, 4) },
  ],
});
