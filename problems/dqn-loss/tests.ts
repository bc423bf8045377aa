import { defineTests, rng } from '../../grader/kit.ts';

/** Random Q matrices; redraws until the online network's best next action leads by at least 1e-9. */
function randomCase(seed: number, N: number, A: number) {
  const r = rng(seed);
  for (;;) {
    const qNextOnline = r.matrix(N, A, -3, 3);
    const clear = qNextOnline.every((row) => {
      const sorted = [...row].sort((x, y) => y - x);
      return A === 1 || sorted[0]! - sorted[1]! > 1e-9;
    });
    if (!clear) continue;
    return [r.matrix(N, A, -3, 3), r.matrix(N, A, -3, 3), qNextOnline, Array.from({ length: N }, () => r.int(0, A - 1)), r.vector(N, -1, 1), Array.from({ length: N }, () => (r.uniform() < 0.2 ? 1 : 0)), r.uniform(0.9, 0.999)];
  }
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[[1, 2], [0.5, -1]], [[3, 1], [2, 4]], [[0, 1], [5, 0]], [1, 0], [1, -1], [0, 1], 0.9] },
    { name: 'three actions', sample: true, args: [[[0, 1, 2]], [[1, 5, 2]], [[4, 0, 3]], [2], [0.5], [0], 0.99] },
    { name: 'terminal transitions', args: [[[1, 1], [2, 2]], [[10, 20], [30, 40]], [[1, 0], [0, 1]], [0, 1], [1, 2], [1, 1], 0.9] },
    { name: 'tied next actions go to the lowest index', args: [[[0, 0, 0]], [[1, 2, 3]], [[5, 5, 1]], [0], [0], [0], 1] },
    { name: 'a batch of one', args: [[[3]], [[2]], [[7]], [0], [1], [0], 0.5] },
    { name: 'gamma = 0 learns the reward', args: [[[1, 2], [3, 4]], [[9, 9], [9, 9]], [[0, 1], [1, 0]], [0, 1], [0.5, -0.5], [0, 0], 0] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(22100 + i);
      return { name: `random ${i + 1}`, args: randomCase(22200 + i, r.int(2, 32), r.int(2, 8)) };
    }),
    { name: 'large: a batch of 4096, 18 actions', args: randomCase(22300, 4096, 18), weight: 2 },
    { name: 'an action out of range throws', expectError: true, args: [[[1, 2]], [[1, 2]], [[1, 2]], [2], [0], [0], 0.9] },
    { name: 'mismatched matrices throw', expectError: true, args: [[[1, 2]], [[1, 2, 3]], [[1, 2]], [0], [0], [0], 0.9] },
    { name: 'a done flag of 0.5 throws', expectError: true, args: [[[1, 2]], [[1, 2]], [[1, 2]], [0], [0], [0.5], 0.9] },
    { name: 'gamma above 1 throws', expectError: true, args: [[[1, 2]], [[1, 2]], [[1, 2]], [0], [0], [0], 1.5] },
    { name: 'an empty batch throws', expectError: true, args: [[], [], [], [], [], [], 0.9] },
  ],
});
