import { defineTests, rng } from '../../grader/kit.ts';

/** Overlapping two-class data (not separable): labels drawn from a logistic model. */
function randomCase(seed: number, n: number, d: number, iters: number, l2: number) {
  const r = rng(seed);
  const w = Array.from({ length: d }, () => r.uniform(-2, 2));
  const X = Array.from({ length: n }, () => Array.from({ length: d }, () => r.normal()));
  const y = X.map((x) => (r.uniform(0, 1) < 1 / (1 + Math.exp(-x.reduce((s, v, j) => s + v * w[j]!, 0.3))) ? 1 : 0));
  const Xtest = Array.from({ length: 5 }, () => Array.from({ length: d }, () => r.normal()));
  return [X, y, r.uniform(0.05, 0.5), iters, l2, Xtest];
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[[0], [1], [2], [3]], [0, 0, 1, 1], 0.5, 1, 0, [[1.5]]] },
    { name: 'two features, 50 iterations, L2', sample: true, args: [[[1, 2], [2, 1], [3, 4], [4, 3], [0.5, 0], [5, 5]], [0, 0, 1, 1, 0, 1], 0.1, 50, 0.1, [[2, 2], [0, 0]]] },
    { name: 'zero iterations', args: [[[1, 2], [3, 4]], [0, 1], 0.1, 0, 0, [[1, 1], [-2, 5]]] },
    { name: 'separable data, no penalty, 500 iterations', args: [[[-2], [-1], [-0.5], [0.5], [1], [2]], [0, 0, 0, 1, 1, 1], 1, 500, 0, [[0.1], [-3]]] },
    { name: 'all labels zero', args: [[[1, 0], [0, 1], [1, 1]], [0, 0, 0], 0.5, 100, 0, [[0, 0]]] },
    { name: 'all labels one, with penalty', args: [[[1, 0], [0, 1], [1, 1]], [1, 1, 1], 0.5, 100, 0.5, [[2, 2]]] },
    { name: 'features near 1000 saturate the sigmoid', args: [[[1000, 1], [1001, 0], [999, 1], [1002, 2]], [0, 1, 0, 1], 0.01, 20, 0, [[1000.5, 1]]] },
    { name: 'well separated, large logits', args: [[[-20], [-10], [10], [20]], [0, 0, 1, 1], 1, 50, 0, [[5], [-5]]] },
    { name: 'constant feature column', args: [[[1, 0.5], [1, -1], [1, 2], [1, 0]], [1, 0, 1, 0], 0.2, 30, 0.01, [[1, 1]]] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(900 + i);
      return { name: `random ${i + 1}`, args: randomCase(950 + i, r.int(5, 40), r.int(1, 5), r.int(1, 200), i % 2 ? 0 : r.uniform(0.001, 0.1)) };
    }),
    { name: 'large: 400 samples, 10 features, 1000 iterations', args: randomCase(31337, 400, 10, 1000, 0.01), weight: 2 },
  ],
});
