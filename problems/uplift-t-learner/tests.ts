import { defineTests, rng } from '../../grader/kit.ts';
import { tLearnerUplift } from './reference.ts';

type Args = [number[][], number[], number[], number[][], number, number, number];

/**
 * A campaign: features x, random assignment, conversion probability σ(a + x·β + T·(c + x·γ)), so the effect
 * varies in sign across users. Redrawn until no test uplift lies within 1e-6 of ±threshold.
 */
function randomCase(seed: number, n: number, d: number, m: number, nIters: number, threshold: number): Args {
  const r = rng(seed);
  for (;;) {
    const beta = Array.from({ length: d }, () => r.normal(0, 1));
    const gamma = Array.from({ length: d }, () => r.normal(0, 1));
    const X = r.normalMatrix(n, d);
    const treatment = X.map(() => (r.uniform() < 0.5 ? 1 : 0));
    const y = X.map((x, i) => {
      const z = -0.5 + x.reduce((s, v, j) => s + v * beta[j]!, 0) + treatment[i]! * (0.3 + x.reduce((s, v, j) => s + v * gamma[j]!, 0));
      return r.uniform() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
    });
    if (!treatment.includes(0) || !treatment.includes(1)) continue;
    const args: Args = [X, treatment, y, r.normalMatrix(m, d), 0.5, nIters, threshold];
    const { uplift } = tLearnerUplift(...args);
    if (uplift.every((u) => Math.abs(Math.abs(u) - threshold) > 1e-6)) return args;
  }
}

const X6 = [[0], [1], [2], [3], [0.5], [1.5]];

export default defineTests({
  cases: [
    { name: 'one feature, two test users', sample: true, args: [[[0], [1], [2], [3], [0], [1], [2], [3]], [1, 1, 1, 1, 0, 0, 0, 0], [0, 1, 1, 1, 0, 0, 1, 0], [[0.5], [2.5]], 0.5, 50, 0.05] },
    { name: 'no iterations', sample: true, args: [X6, [1, 0, 1, 0, 1, 0], [1, 0, 1, 1, 0, 0], [[1], [2]], 0.1, 0, 0.01] },
    { name: 'unequal group sizes', args: [[[0], [1], [2], [3], [4], [0.5], [2.5]], [1, 1, 1, 1, 1, 0, 0], [0, 0, 1, 1, 1, 0, 1], [[1], [3], [5]], 0.3, 200, 0.02] },
    { name: 'two features', args: [[[1, 0], [0, 1], [1, 1], [2, 0], [0, 2], [1, 2], [2, 1], [0, 0]], [1, 0, 1, 0, 1, 0, 1, 0], [1, 0, 1, 1, 0, 1, 1, 0], [[1, 1], [0, 3], [2, -1]], 0.4, 300, 0.05] },
    { name: 'identical groups with threshold 0', args: [[[0], [1], [2], [0], [1], [2]], [1, 1, 1, 0, 0, 0], [0, 1, 1, 0, 1, 1], [[0.5], [1.7]], 0.5, 100, 0] },
    { name: 'a group whose outcomes are all 0', args: [X6, [1, 1, 1, 0, 0, 0], [0, 0, 0, 1, 0, 1], [[0.25], [2.75]], 0.5, 100, 0.1] },
    { name: 'no test users', args: [X6, [1, 0, 1, 0, 1, 0], [1, 0, 1, 1, 0, 0], [], 0.1, 10, 0.1] },
    { name: 'no control rows throws', args: [X6, [1, 1, 1, 1, 1, 1], [1, 0, 1, 1, 0, 0], [[1]], 0.1, 10, 0.1], expectError: true },
    { name: 'treatment 2 throws', args: [X6, [1, 2, 1, 0, 1, 0], [1, 0, 1, 1, 0, 0], [[1]], 0.1, 10, 0.1], expectError: true },
    { name: 'negative threshold throws', args: [X6, [1, 0, 1, 0, 1, 0], [1, 0, 1, 1, 0, 0], [[1]], 0.1, 10, -0.1], expectError: true },
    { name: 'test row of the wrong width throws', args: [X6, [1, 0, 1, 0, 1, 0], [1, 0, 1, 1, 0, 0], [[1, 2]], 0.1, 10, 0.1], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(2900 + i, 30 + 30 * i, 1 + (i % 3), 6, 100 + 100 * i, [0, 0.02, 0.05, 0.1, 0.01][i]!) })),
    { name: 'large: 2000 users, 5 features, 300 iterations', args: randomCase(2999, 2000, 5, 500, 300, 0.05), weight: 2 },
  ],
});
