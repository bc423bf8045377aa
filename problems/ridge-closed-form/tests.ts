import { defineTests, rng } from '../../grader/kit.ts';

function randomCase(seed: number, n: number, d: number, alpha: number) {
  const r = rng(seed);
  const X = Array.from({ length: n }, () => Array.from({ length: d }, () => r.uniform(-3, 3) + 2));
  const w = Array.from({ length: d }, () => r.uniform(-2, 2));
  const y = X.map((x) => 1.5 + x.reduce((s, v, j) => s + v * w[j]!, 0) + 0.3 * r.normal());
  return [X, y, alpha];
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[[0], [1], [2]], [1, 3, 2], 1] },
    { name: 'two features', sample: true, args: [[[1, 2], [2, 0], [3, 1], [4, 3], [5, 2]], [3, 2, 4, 7, 6], 0.5] },
    { name: 'alpha 0 is ordinary least squares', args: [[[1, 2], [2, 0], [3, 1], [4, 3], [5, 2]], [3, 2, 4, 7, 6], 0] },
    { name: 'alpha 0 with duplicated columns throws', args: [[[1, 1], [2, 2], [3, 3], [4, 4]], [1, 3, 2, 5], 0], expectError: true },
    { name: 'alpha 0 with more features than samples throws', args: [[[1, 2, 0], [0, 1, 3], [2, 0, 1]], [1, 2, 3], 0], expectError: true },
    { name: 'duplicated columns share the weight', args: [[[1, 1], [2, 2], [3, 3], [4, 4]], [1, 3, 2, 5], 2] },
    { name: 'huge alpha shrinks weights to zero', args: [[[1, 5], [2, 3], [3, 8]], [2, 4, 9], 1e12], tolerance: { rtol: 1e-7, atol: 1e-9 } },
    { name: 'more features than samples', args: randomCase(5, 4, 7, 0.3) },
    { name: 'single sample', args: [[[2, -1]], [4], 1] },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(210 + i);
      const d = r.int(1, 6);
      return { name: `random ${i + 1}`, args: randomCase(220 + i, d + r.int(2, 30), d, [0.01, 0.5, 3, 20, 100, 1][i]!) };
    }),
    { name: 'large: 800 samples, 25 features', args: randomCase(9090, 800, 25, 5), weight: 2 },
  ],
});
