import { defineTests, rng } from '../../grader/kit.ts';

type Args = [number[][], number[], number[], number[][], number, number];

/** Randomised campaign with conversion probability σ(a + x·β + c·T). */
function randomCase(seed: number, n: number, d: number, m: number, nIters: number, effect: number): Args {
  const r = rng(seed);
  const beta = Array.from({ length: d }, () => r.normal(0, 1));
  const X = r.normalMatrix(n, d);
  const treatment = X.map(() => (r.uniform() < 0.5 ? 1 : 0));
  const y = X.map((x, i) => (r.uniform() < 1 / (1 + Math.exp(-(-0.3 + x.reduce((s, v, j) => s + v * beta[j]!, 0) + effect * treatment[i]!))) ? 1 : 0));
  return [X, treatment, y, r.normalMatrix(m, d), 0.3, nIters];
}

const X6 = [[0], [1], [2], [3], [0.5], [1.5]];

export default defineTests({
  cases: [
    { name: 'one feature, two test users', sample: true, args: [[[0], [1], [2], [3], [0], [1], [2], [3]], [1, 1, 1, 1, 0, 0, 0, 0], [0, 1, 1, 1, 0, 0, 1, 0], [[0.5], [2.5]], 0.5, 50] },
    { name: 'no iterations', sample: true, args: [X6, [1, 0, 1, 0, 1, 0], [1, 0, 1, 1, 0, 0], [[1], [2]], 0.1, 0] },
    { name: 'three features', args: [[[1, 0, 2], [0, 1, 1], [1, 1, 0], [2, 0, 1], [0, 2, 2], [1, 2, 0], [2, 1, 1], [0, 0, 1]], [1, 0, 1, 0, 1, 0, 1, 0], [1, 0, 1, 1, 0, 1, 1, 0], [[1, 1, 1], [0, 3, -1], [2, -1, 0]], 0.4, 200] },
    { name: 'nobody treated', args: [X6, [0, 0, 0, 0, 0, 0], [1, 0, 1, 1, 0, 0], [[1], [2]], 0.5, 100] },
    { name: 'everyone treated', args: [X6, [1, 1, 1, 1, 1, 1], [1, 0, 1, 1, 0, 1], [[1], [2]], 0.5, 100] },
    { name: 'treatment lowers conversion', args: [[[0], [1], [2], [0], [1], [2], [1], [0]], [1, 1, 1, 0, 0, 0, 1, 0], [0, 0, 1, 1, 1, 1, 0, 1], [[0], [1], [4]], 0.5, 300] },
    { name: 'extreme logits', args: [[[10], [12], [-11], [-9], [11], [-10]], [1, 0, 1, 0, 1, 0], [1, 1, 0, 0, 1, 0], [[30], [-30]], 1, 200] },
    { name: 'no test users', args: [X6, [1, 0, 1, 0, 1, 0], [1, 0, 1, 1, 0, 0], [], 0.1, 10] },
    { name: 'outcome 2 throws', args: [X6, [1, 0, 1, 0, 1, 0], [1, 0, 2, 1, 0, 0], [[1]], 0.1, 10], expectError: true },
    { name: 'zero learning rate throws', args: [X6, [1, 0, 1, 0, 1, 0], [1, 0, 1, 1, 0, 0], [[1]], 0, 10], expectError: true },
    { name: 'fractional iteration count throws', args: [X6, [1, 0, 1, 0, 1, 0], [1, 0, 1, 1, 0, 0], [[1]], 0.1, 2.5], expectError: true },
    { name: 'row count mismatch throws', args: [X6, [1, 0, 1], [1, 0, 1, 1, 0, 0], [[1]], 0.1, 10], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(3000 + i, 30 + 30 * i, 1 + (i % 3), 5, 100 + 100 * i, [0.5, -0.4, 1, 0.2, -1][i]!) })),
    { name: 'large: 2000 users, 5 features, 300 iterations', args: randomCase(3099, 2000, 5, 500, 300, 0.6), weight: 2 },
  ],
});
