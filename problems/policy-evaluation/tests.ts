import { defineTests, rng, type Rng } from '../../grader/kit.ts';

function distribution(r: Rng, n: number, sparsity: number): number[] {
  const w = Array.from({ length: n }, () => (r.uniform() < sparsity ? r.uniform(0.1, 1) : 0));
  const hub = r.int(0, n - 1);
  w[hub] = w[hub]! + 0.5;
  const total = w.reduce((t, v) => t + v, 0);
  return w.map((v) => v / total);
}

function randomCase(seed: number, S: number, A: number, gamma: number) {
  const r = rng(seed);
  const P = Array.from({ length: S }, () => Array.from({ length: A }, () => distribution(r, S, 0.4)));
  const R = r.matrix(S, A, -1, 1);
  const pi = Array.from({ length: S }, () => distribution(r, A, 0.7));
  return [P, R, pi, gamma];
}

const P3 = [[[1, 0, 0], [0.2, 0.8, 0]], [[0, 0, 1], [0, 0, 1]], [[0, 0, 1], [0, 0, 1]]];
const R3 = [[0, -1], [10, 10], [0, 0]];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [P3, R3, [[0.5, 0.5], [1, 0], [1, 0]], 0.9] },
    { name: 'a deterministic policy', sample: true, args: [P3, R3, [[0, 1], [0, 1], [1, 0]], 0.9] },
    { name: 'a uniform random policy', args: randomCase(18000, 6, 3, 0.9).map((v, i) => (i === 2 ? Array.from({ length: 6 }, () => [1 / 3, 1 / 3, 1 / 3]) : v)) },
    { name: 'gamma = 0 gives the expected reward', args: randomCase(18001, 4, 2, 0) },
    { name: 'gamma close to 1', args: randomCase(18002, 5, 2, 0.999) },
    { name: 'a single state', args: [[[[1], [1]]], [[1, 3]], [[0.25, 0.75]], 0.5] },
    { name: 'a two-state cycle', args: [[[[0, 1]], [[1, 0]]], [[1], [-1]], [[1], [1]], 0.8] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(18100 + i);
      return { name: `random ${i + 1}`, args: randomCase(18200 + i, r.int(2, 10), r.int(1, 4), r.uniform(0.3, 0.97)) };
    }),
    { name: 'large: 150 states, 4 actions', args: randomCase(18300, 150, 4, 0.95), weight: 2 },
    { name: 'gamma = 1 throws', expectError: true, args: [P3, R3, [[0.5, 0.5], [1, 0], [1, 0]], 1] },
    { name: 'a policy row not summing to 1 throws', expectError: true, args: [P3, R3, [[0.5, 0.4], [1, 0], [1, 0]], 0.9] },
    { name: 'a negative policy probability throws', expectError: true, args: [P3, R3, [[1.5, -0.5], [1, 0], [1, 0]], 0.9] },
    { name: 'a transition row not summing to 1 throws', expectError: true, args: [[[[0.5, 0.6]], [[0, 1]]], [[0], [0]], [[1], [1]], 0.9] },
    { name: 'mismatched pi throws', expectError: true, args: [P3, R3, [[1, 0]], 0.9] },
  ],
});
