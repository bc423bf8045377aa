import { defineTests, rng } from '../../grader/kit.ts';

/** SVM-like decision values: class-conditional normals around ±mu with spread sd. */
function randomCase(seed: number, n: number, mu: number, sd: number, posRate: number): [number[], number[]] {
  const r = rng(seed);
  for (;;) {
    const y = Array.from({ length: n }, () => (r.uniform() < posRate ? 1 : 0));
    if (!y.includes(0) || !y.includes(1)) continue;
    return [y.map((v) => (v === 1 ? mu : -mu) + r.normal(0, sd)), y];
  }
}

export default defineTests({
  cases: [
    { name: 'six decision values', sample: true, args: [[-2, -1, -0.5, 0.3, 1, 2.5], [0, 0, 1, 0, 1, 1]] },
    { name: 'perfectly separated', sample: true, args: [[-3, -2, -1, 1, 2, 3], [0, 0, 0, 1, 1, 1]] },
    { name: 'overlapping classes', args: [[-1.2, 0.4, -0.3, 0.8, 1.5, -0.9, 0.1, 2.2, -2.0, 0.6], [0, 1, 1, 0, 1, 0, 0, 1, 0, 1]] },
    { name: 'imbalanced classes', args: [[-1.5, -1.1, -0.8, -0.6, -0.2, 0.1, 0.3, -1.9, 1.4, 0.9], [0, 0, 0, 1, 0, 0, 1, 0, 1, 0]] },
    { name: 'all decision values equal', args: [[0.7, 0.7, 0.7, 0.7], [1, 0, 1, 1]] },
    { name: 'only one class present', args: [[-1, 0.5, 2], [1, 1, 1]] },
    { name: 'extreme decision values', args: [[-800, -750, 760, 810, -5, 3], [0, 0, 1, 1, 1, 0]] },
    { name: 'inverted scores give positive A', args: [[2, 1.5, -1, -2, 0.5, -0.3], [0, 0, 1, 1, 0, 1]] },
    { name: 'single sample', args: [[0.25], [1]] },
    { name: 'label 2 throws', args: [[0.1, 0.2], [1, 2]], expectError: true },
    { name: 'length mismatch throws', args: [[0.1, 0.2, 0.3], [1, 0]], expectError: true },
    { name: 'empty input throws', args: [[], []], expectError: true },
    { name: 'infinite decision value throws', args: [[Infinity, 0.2], [1, 0]], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(1700 + i, 20 + 30 * i, [1, 0.5, 2, 1.5, 0.8][i]!, [1, 1, 0.7, 2, 0.5][i]!, [0.5, 0.3, 0.6, 0.2, 0.5][i]!) })),
    { name: 'large: 20000 decision values', args: randomCase(1799, 20_000, 0.8, 1.2, 0.4), weight: 2 },
  ],
});
