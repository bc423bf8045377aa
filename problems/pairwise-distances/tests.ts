import { defineTests, rng } from '../../grader/kit.ts';

const TOL = { rtol: 1e-9, atol: 1e-12 };
type Metric = 'euclidean' | 'manhattan' | 'cosine';

function randomCase(seed: number, m: number, n: number, d: number, metric: Metric, scale = 5) {
  const r = rng(seed);
  return [r.matrix(m, d, -scale, scale), r.matrix(n, d, -scale, scale), metric];
}

const A = [[0, 0], [3, 4], [1, 1]];
const B = [[0, 0], [6, 8], [-1, 2]];
const big = rng(8).matrix(4, 3, -1, 1).map((row) => row.map((v) => 1e8 + v));

export default defineTests({
  cases: [
    { name: 'euclidean example', sample: true, tolerance: TOL, args: [A, B, 'euclidean'] },
    { name: 'cosine example', sample: true, tolerance: TOL, args: [A, B, 'cosine'] },
    { name: 'manhattan example', sample: true, tolerance: TOL, args: [A, B, 'manhattan'] },
    { name: 'a zero vector under cosine', tolerance: TOL, args: [[[0, 0, 0], [1, 2, 3]], [[1, 0, 0], [0, 0, 0]], 'cosine'] },
    { name: 'identical rows under cosine', tolerance: TOL, args: [[[0.1, 0.7, 0.2], [3, -1e-3, 7]], [[0.1, 0.7, 0.2], [3, -1e-3, 7]], 'cosine'] },
    { name: 'parallel and anti-parallel vectors', tolerance: TOL, args: [[[1, 2, 3]], [[2, 4, 6], [-3, -6, -9], [3, 2, 1]], 'cosine'] },
    { name: 'identical rows under euclidean', tolerance: TOL, args: [[[0.1, 0.2], [1e-8, 3]], [[0.1, 0.2], [1e-8, 3]], 'euclidean'] },
    { name: 'magnitudes around 1e8', tolerance: TOL, args: [big, big.slice(1).concat([[1e8, 1e8, 1e8]]), 'euclidean'] },
    { name: 'one coordinate', tolerance: TOL, args: [[[1], [-2], [5]], [[0], [3]], 'manhattan'] },
    { name: 'no rows in B', tolerance: TOL, args: [[[1, 2]], [], 'euclidean'] },
    { name: 'different vector lengths throw', expectError: true, args: [[[1, 2]], [[1, 2, 3]], 'euclidean'] },
    { name: 'an unknown metric throws', expectError: true, args: [[[1, 2]], [[1, 2]], 'chebyshev'] },
    { name: 'a NaN coordinate throws', expectError: true, args: [[[1, NaN]], [[1, 2]], 'manhattan'] },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(500 + i);
      const metric = (['euclidean', 'manhattan', 'cosine'] as const)[i % 3]!;
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(510 + i, r.int(1, 8), r.int(1, 8), r.int(1, 6), metric, [1, 10, 100, 0.01, 5, 1000][i]) };
    }),
    { name: 'large: 200×200, 20 dimensions', tolerance: TOL, weight: 2, args: randomCase(99, 200, 200, 20, 'cosine') },
  ],
});
