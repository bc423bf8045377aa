import { defineTests, rng } from '../../grader/kit.ts';

function randomCase(seed: number, N: number) {
  const r = rng(seed);
  return [r.vector(N, -2, 2), r.vector(N, -2, 2), r.vector(N, -1, 1), Array.from({ length: N }, () => (r.uniform() < 0.15 ? 1 : 0)), Array.from({ length: N }, () => Math.log(r.uniform(0.05, 1))), r.uniform(0.9, 0.999)];
}

const l = Math.log;

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[1, 2, 3], [2, 3, 4], [0.5, -1, 2], [0, 0, 1], [l(0.5), l(0.25), l(0.8)], 0.9] },
    { name: 'a single transition', sample: true, args: [[0.5], [1], [1], [0], [l(0.1)], 0.99] },
    { name: 'terminal transitions', args: [[1, -1], [10, -10], [2, 0], [1, 1], [l(0.5), l(0.5)], 0.9] },
    { name: 'a perfect critic gives no signal', args: [[1.9, 1], [1, 0], [1, 1], [0, 1], [l(0.3), l(0.7)], 0.9] },
    { name: 'gamma = 0', args: [[0.5, 1.5], [100, -100], [1, 1], [0, 0], [l(0.6), l(0.4)], 0] },
    { name: 'a certain action', args: [[0, 0], [1, 1], [1, -1], [0, 0], [0, 0], 0.5] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(25100 + i);
      return { name: `random ${i + 1}`, args: randomCase(25200 + i, r.int(2, 64)) };
    }),
    { name: 'large: 20000 transitions', args: randomCase(25300, 20000), weight: 2 },
    { name: 'mismatched lengths throw', expectError: true, args: [[1, 2], [1], [0, 0], [0, 0], [0, 0], 0.9] },
    { name: 'a positive log-probability throws', expectError: true, args: [[1], [1], [0], [0], [0.5], 0.9] },
    { name: 'a done flag of 2 throws', expectError: true, args: [[1], [1], [0], [2], [-1], 0.9] },
    { name: 'an empty batch throws', expectError: true, args: [[], [], [], [], [], 0.9] },
    { name: 'gamma above 1 throws', expectError: true, args: [[1], [1], [0], [0], [-1], 1.1] },
  ],
});
