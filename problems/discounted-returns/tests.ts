import { defineTests, rng } from '../../grader/kit.ts';

function randomCase(seed: number, T: number, doneRate: number) {
  const r = rng(seed);
  return [Array.from({ length: T }, () => Math.round(r.uniform(-3, 3) * 8) / 8), Array.from({ length: T }, () => (r.uniform() < doneRate ? 1 : 0)), r.uniform(0.5, 0.999)];
}

const longEpisode = (() => {
  const r = rng(20300);
  const T = 100000;
  return [r.vector(T, -1, 1), Array.from({ length: T }, (_, t) => (t === T - 1 ? 1 : 0)), 0.9999];
})();

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[1, 0, 2, 1, 1, 3], [0, 0, 1, 0, 1, 0], 0.5] },
    { name: 'one episode', sample: true, args: [[0, 0, 0, 1], [0, 0, 0, 1], 0.9] },
    { name: 'gamma = 0', args: [[1, -2, 3, 0.5], [0, 1, 0, 0], 0] },
    { name: 'gamma = 1 sums the rest of the episode', args: [[1, 2, 3, 4, 5], [0, 1, 0, 0, 1], 1] },
    { name: 'every step ends an episode', args: [[4, -1, 2], [1, 1, 1], 0.99] },
    { name: 'a single step', args: [[7], [0], 0.9] },
    { name: 'an empty buffer', args: [[], [], 0.9] },
    { name: 'an unfinished last episode', args: [[1, 1, 1, 1], [0, 1, 0, 0], 0.5] },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(20100 + i, 10 + 40 * i, [0.05, 0.2, 0.1, 0.02, 0.3][i]!) })),
    { name: 'large: one episode of 100000 steps', args: longEpisode, weight: 2 },
    { name: 'mismatched lengths throw', expectError: true, args: [[1, 2], [0], 0.9] },
    { name: 'a done flag of 2 throws', expectError: true, args: [[1, 2], [0, 2], 0.9] },
    { name: 'gamma above 1 throws', expectError: true, args: [[1, 2], [0, 1], 1.1] },
    { name: 'a NaN reward throws', expectError: true, args: [[1, Number.NaN], [0, 1], 0.9] },
  ],
});
