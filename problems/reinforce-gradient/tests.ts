import { defineTests, rng } from '../../grader/kit.ts';

function randomCase(seed: number, T: number, d: number, A: number, withBaseline: boolean) {
  const r = rng(seed);
  const rewards = r.vector(T, -1, 2);
  return [r.matrix(d, A, -1, 1), r.matrix(T, d, -1, 1), Array.from({ length: T }, () => r.int(0, A - 1)), rewards, withBaseline ? r.vector(T, 0, 2) : new Array(T).fill(0), r.uniform(0.8, 1), r.uniform(0.001, 0.1)];
}

const theta0 = [[0, 0], [0, 0]];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [theta0, [[1, 0], [0, 1]], [0, 1], [1, 2], [0, 0], 0.5, 0.1] },
    { name: 'with a baseline', sample: true, args: [[[0.5, -0.5, 0], [0, 1, -1]], [[1, 2], [0.5, -1], [2, 0]], [2, 0, 1], [0, 1, 3], [1, 1, 1], 0.9, 0.05] },
    { name: 'a baseline equal to the returns gives zero', args: [theta0, [[1, 0], [0, 1], [1, 1]], [0, 1, 0], [1, 1, 1], [1.75, 1.5, 1], 0.5, 0.1] },
    { name: 'gamma = 0 uses the immediate rewards', args: [[[1, 0], [0, 1]], [[1, 1], [2, -1]], [1, 0], [3, -2], [0, 0], 0, 0.2] },
    { name: 'a one-step episode', args: [[[0.3, -0.2, 0.1]], [[2]], [1], [5], [1], 0.99, 0.01] },
    { name: 'large logits stay finite', args: [[[400, -400], [0, 0]], [[2, 1], [-2, 1]], [1, 0], [1, 1], [0, 0], 1, 0.001] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(24100 + i);
      return { name: `random ${i + 1}`, args: randomCase(24200 + i, r.int(2, 40), r.int(1, 6), r.int(2, 5), i % 2 === 1) };
    }),
    { name: 'large: 1500 steps, 16 features, 8 actions', args: randomCase(24300, 1500, 16, 8, true), weight: 2 },
    { name: 'an action out of range throws', expectError: true, args: [theta0, [[1, 0]], [2], [1], [0], 0.5, 0.1] },
    { name: 'a short feature vector throws', expectError: true, args: [theta0, [[1]], [0], [1], [0], 0.5, 0.1] },
    { name: 'a missing baseline throws', expectError: true, args: [theta0, [[1, 0]], [0], [1], [], 0.5, 0.1] },
    { name: 'an empty episode throws', expectError: true, args: [theta0, [], [], [], [], 0.5, 0.1] },
    { name: 'gamma above 1 throws', expectError: true, args: [theta0, [[1, 0]], [0], [1], [0], 1.5, 0.1] },
  ],
});
