import { defineTests, rng } from '../../grader/kit.ts';

const uniformCase = (seed: number, n: number, d: number) => { const r = rng(seed); return [r.matrix(n, d), r.vector(d)]; };

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[[0, 0], [3, 4], [1, 0]], [0, 1]] },
    { name: 'uniform points in 2 dimensions', sample: true, args: uniformCase(5200, 50, 2) },
    { name: 'uniform points in 10 dimensions', args: uniformCase(5201, 200, 10) },
    { name: 'uniform points in 100 dimensions', args: uniformCase(5202, 200, 100) },
    { name: 'uniform points in 1000 dimensions', args: uniformCase(5203, 200, 1000) },
    { name: 'the query is a data point', args: [[[1, 2], [3, 4], [0, 0]], [3, 4]] },
    { name: 'a single data point', args: [[[2, -1, 5]], [0, 0, 0]] },
    { name: 'one dimension', args: [[[5], [-2], [10], [7]], [4]] },
    ...Array.from({ length: 4 }, (_, i) => {
      const r = rng(5210 + i);
      const d = r.int(2, 30);
      return { name: `random ${i + 1}`, args: [r.normalMatrix(r.int(5, 60), d, 0, 3), r.vector(d, -1, 1)] };
    }),
    { name: 'large: 5000 points in 50 dimensions', args: uniformCase(5300, 5000, 50), weight: 2 },
    { name: 'every point equal to the query throws', args: [[[1, 1], [1, 1]], [1, 1]], expectError: true },
    { name: 'dimension mismatch throws', args: [[[1, 2], [3]], [0, 0]], expectError: true },
    { name: 'no data points throws', args: [[], [0, 0]], expectError: true },
  ],
});
