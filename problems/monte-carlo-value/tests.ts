import { defineTests, rng } from '../../grader/kit.ts';

/** Random-walk episodes that revisit states; some states may never occur. */
function randomCase(seed: number, episodes: number, S: number, maxLen: number) {
  const r = rng(seed);
  return [Array.from({ length: episodes }, () => Array.from({ length: r.int(0, maxLen) }, () => [r.int(0, S - 1), Math.round(r.uniform(-2, 2) * 4) / 4])), S, r.uniform(0.8, 1)];
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, nanEqual: true, args: [[[[0, 1], [1, 0], [0, 2]], [[1, 3]]], 3, 0.5] },
    { name: 'one visit per state', sample: true, args: [[[[0, 1], [1, 1], [2, 1]]], 3, 0.9] },
    { name: 'unvisited states are NaN', nanEqual: true, args: [[[[1, 1], [1, 2]]], 4, 1] },
    { name: 'gamma = 1 sums the rewards', args: [[[[0, 1], [1, 2], [0, 3]], [[0, -1], [1, 1]]], 2, 1] },
    { name: 'gamma = 0 averages immediate rewards', args: [[[[0, 1], [0, 3], [1, 2]], [[0, 5]]], 2, 0] },
    { name: 'an empty episode', args: [[[], [[0, 2]]], 1, 0.9] },
    { name: 'no episodes at all', nanEqual: true, args: [[], 2, 0.9] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(26100 + i);
      return { name: `random ${i + 1}`, nanEqual: true, args: randomCase(26200 + i, r.int(1, 20), r.int(2, 8), r.int(1, 30)) };
    }),
    { name: 'large: 300 episodes of up to 60 steps', nanEqual: true, args: randomCase(26300, 300, 50, 60), weight: 2 },
    { name: 'a state out of range throws', expectError: true, args: [[[[3, 1]]], 3, 0.9] },
    { name: 'a step that is not a pair throws', expectError: true, args: [[[[0, 1, 2]]], 3, 0.9] },
    { name: 'zero states throws', expectError: true, args: [[], 0, 0.9] },
    { name: 'gamma above 1 throws', expectError: true, args: [[[[0, 1]]], 1, 1.5] },
  ],
});
