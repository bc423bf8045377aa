import { defineTests, rng } from '../../grader/kit.ts';

const TOL = { rtol: 1e-9, atol: 1e-12 };

function randomCase(seed: number, n: number, p: number, lambda: number, beta: number, nTest: number) {
  const r = rng(seed);
  const w = Array.from({ length: p }, () => r.normal(0, 1));
  const X = Array.from({ length: n }, () => Array.from({ length: p }, () => r.uniform(-2, 2)));
  const y = X.map((x) => x.reduce((s, v, j) => s + v * w[j]!, 0) + r.normal(0, 1 / Math.sqrt(beta)));
  const Xtest = Array.from({ length: nTest }, () => Array.from({ length: p }, () => r.uniform(-3, 3)));
  return [X, y, lambda, beta, Xtest];
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: [[[1], [2]], [1, 3], 1, 1, [[0], [3]]] },
    { name: 'two features', sample: true, tolerance: TOL, args: [[[1, 0], [0, 1], [1, 1]], [1, 2, 2.5], 0.5, 2, [[1, 2]]] },
    { name: 'no data: the prior', tolerance: TOL, args: [[], [], 2, 4, [[1, -1], [0, 0]]] },
    { name: 'a rank-deficient design with a prior', tolerance: TOL, args: [[[1, 2], [2, 4], [3, 6]], [1, 2, 3], 1, 1, [[1, 0], [0, 1]]] },
    { name: 'a weak prior approaches least squares', tolerance: TOL, args: randomCase(3, 20, 2, 1e-8, 1, 3) },
    { name: 'a large noise precision', tolerance: TOL, args: randomCase(4, 10, 3, 1, 1e4, 3) },
    { name: 'a non-positive lambda throws', expectError: true, args: [[[1]], [1], 0, 1, [[1]]] },
    { name: 'a non-positive beta throws', expectError: true, args: [[[1]], [1], 1, -1, [[1]]] },
    { name: 'a target count mismatch throws', expectError: true, args: [[[1], [2]], [1], 1, 1, [[1]]] },
    { name: 'no rows at all throws', expectError: true, args: [[], [], 1, 1, []] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(3700 + i);
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(3710 + i, r.int(1, 30), r.int(1, 5), [1, 0.1, 10, 2, 0.5][i]!, [1, 4, 0.5, 25, 2][i]!, r.int(1, 6)) };
    }),
    { name: 'large: 2000 rows, 10 features', tolerance: TOL, weight: 2, args: randomCase(99, 2000, 10, 1, 2, 200) },
  ],
});
