import { defineTests, rng } from '../../grader/kit.ts';

/** Labels drawn from a logistic model, so the classes overlap and the unpenalised optimum is finite. */
function randomCase(seed: number, m: number, d: number, l2: number, iters: number) {
  const r = rng(seed);
  for (;;) {
    const X = r.matrix(m, d, -2, 2);
    const w = r.vector(d, -1.5, 1.5);
    const b = r.uniform(-0.5, 0.5);
    const y: number[] = X.map((row) => (r.uniform() < 1 / (1 + Math.exp(-row.reduce((s, x, j) => s + x * w[j]!, b))) ? 1 : 0));
    const ones = y.reduce((s, v) => s + v, 0);
    if (ones >= 2 && ones <= m - 2) return [X, y, new Array(d + 1).fill(0), l2, iters];
  }
}

const X4 = [[0], [1], [2], [3]];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [X4, [0, 1, 0, 1], [0, 0], 0, 3] },
    { name: 'two features with a penalty', sample: true, args: [[[0, 1], [1, 0], [2, 2], [3, 1], [1, 3]], [0, 0, 1, 1, 0], [0.1, -0.2, 0.3], 0.5, 2] },
    { name: 'no steps still returns the gradient and Hessian', args: [X4, [0, 1, 0, 1], [0.5, -0.5], 0, 0] },
    { name: 'converges to a zero gradient', args: randomCase(5100, 40, 3, 0, 12) },
    { name: 'separable data with a penalty', args: [X4, [0, 0, 1, 1], [0, 0], 0.1, 8] },
    { name: 'one sample per class', args: [[[-1, 2], [1, 0]], [0, 1], [0, 0, 0], 0.2, 6] },
    { name: 'a single sample', args: [[[2]], [1], [0, 0], 1, 4] },
    { name: 'penalty with collinear features', args: [[[1, 2], [2, 4], [0, 0], [3, 6], [-1, -2]], [0, 1, 0, 1, 1], [0, 0, 0], 0.3, 5] },
    { name: 'starting away from zero', args: [X4, [0, 1, 0, 1], [1, -1], 0.05, 6] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(5200 + i);
      return { name: `random ${i + 1}`, args: randomCase(5300 + i, r.int(8, 60), r.int(1, 5), i % 2 === 0 ? 0 : r.uniform(0.01, 1), r.int(2, 8)) };
    }),
    { name: 'large: 5000 samples, 10 features', args: randomCase(5400, 5000, 10, 0.01, 8), weight: 2 },
    { name: 'duplicated feature without penalty throws', expectError: true, args: [[[1, 1], [2, 2], [0, 0], [3, 3]], [0, 1, 0, 1], [0, 0, 0], 0, 1] },
    { name: 'constant feature without penalty throws', expectError: true, args: [[[5], [5], [5], [5]], [0, 1, 0, 1], [0, 0], 0, 1] },
    { name: 'a label of 0.5 throws', expectError: true, args: [X4, [0, 0.5, 1, 1], [0, 0], 0, 1] },
    { name: 'wrong theta length throws', expectError: true, args: [X4, [0, 1, 0, 1], [0], 0, 1] },
    { name: 'negative penalty throws', expectError: true, args: [X4, [0, 1, 0, 1], [0, 0], -1, 1] },
    { name: 'empty X throws', expectError: true, args: [[], [], [0], 0, 1] },
  ],
});
