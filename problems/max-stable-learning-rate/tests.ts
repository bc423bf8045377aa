import { defineTests, rng } from '../../grader/kit.ts';

function randomCase(seed: number, m: number, d: number, iters: number, steps: number) {
  const r = rng(seed);
  const scales = r.vector(d, 0.3, 3);
  const X = Array.from({ length: m }, () => scales.map((s) => s * r.uniform(-1, 1)));
  const y = r.vector(m, -3, 3);
  return [X, y, r.vector(d, 0.2, 1), iters, steps];
}

export default defineTests({
  cases: [
    { name: 'one feature', sample: true, args: [[[1], [2], [3]], [1, 2, 3.5], [1], 0, 10] },
    { name: 'two features, converged power iteration', sample: true, args: [[[1, 0], [0, 2], [1, 2]], [1, 2, 3], [1, 1], 50, 20] },
    { name: 'few power iterations', args: randomCase(6100, 20, 4, 2, 30) },
    { name: 'start vector along an eigenvector', args: [[[2, 0], [0, 1], [0, 1]], [1, 1, 1], [1, 0], 5, 25] },
    { name: 'repeated top eigenvalue', args: [[[1, 0], [0, 1], [1, 0], [0, 1]], [1, 2, 3, 4], [0.6, 0.8], 10, 30] },
    { name: 'y does not change the limit', args: [[[1, 0], [0, 2], [1, 2]], [-5, 0.5, 9], [1, 1], 50, 20] },
    { name: 'zero steps', args: [[[1, 0], [0, 2], [1, 2]], [1, 2, 3], [1, -1], 30, 0] },
    { name: 'unnormalised start vector', args: [[[1, 0], [0, 2], [1, 2]], [1, 2, 3], [100, 300], 40, 15] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(6200 + i);
      return { name: `random ${i + 1}`, args: randomCase(6300 + i, r.int(3, 40), r.int(1, 6), r.int(20, 80), r.int(5, 60)) };
    }),
    { name: 'large: 1000 rows, 20 features', args: randomCase(6400, 1000, 20, 100, 100), weight: 2 },
    { name: 'zero start vector throws', expectError: true, args: [[[1, 0], [0, 2]], [1, 2], [0, 0], 10, 5] },
    { name: 'all-zero X throws', expectError: true, args: [[[0, 0], [0, 0]], [1, 2], [1, 1], 10, 5] },
    { name: 'mismatched v0 throws', expectError: true, args: [[[1, 0], [0, 2]], [1, 2], [1], 10, 5] },
    { name: 'mismatched y throws', expectError: true, args: [[[1, 0], [0, 2]], [1], [1, 1], 10, 5] },
    { name: 'negative steps throws', expectError: true, args: [[[1, 0], [0, 2]], [1, 2], [1, 1], 10, -1] },
  ],
});
