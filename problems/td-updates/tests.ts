import { defineTests, rng } from '../../grader/kit.ts';

/** A random walk on S states; about one transition in eight ends an episode. */
function randomCase(seed: number, kind: string, S: number, A: number, T: number) {
  const r = rng(seed);
  const table = r.matrix(S, A, -1, 1);
  let s = r.int(0, S - 1);
  let a = r.int(0, A - 1);
  const transitions: number[][] = [];
  for (let t = 0; t < T; t++) {
    const next = r.int(0, S - 1);
    const nextA = r.int(0, A - 1);
    const done = r.uniform() < 0.125 ? 1 : 0;
    transitions.push([s, a, Math.round(r.uniform(-2, 2) * 4) / 4, next, nextA, done]);
    s = done ? r.int(0, S - 1) : next;
    a = done ? r.int(0, A - 1) : nextA;
  }
  return [kind, table, transitions, r.uniform(0.05, 1), r.uniform(0.5, 1)];
}

const table = [[0, 0], [1, 3], [0, 0]];
const example = [[0, 1, 1, 1, 0, 0], [1, 0, -1, 2, 1, 1], [0, 1, 1, 1, 0, 0]];

export default defineTests({
  cases: [
    { name: 'worked example, Q-learning', sample: true, args: ['qlearning', table, example, 0.5, 0.9] },
    { name: 'worked example, SARSA', sample: true, args: ['sarsa', table, example, 0.5, 0.9] },
    { name: 'worked example, TD(0)', args: ['td0', table, example, 0.5, 0.9] },
    { name: 'terminal transitions do not bootstrap', args: ['td0', [[0], [5], [7]], [[0, 0, 1, 1, 0, 1], [1, 0, 2, 2, 0, 1], [0, 0, 1, 2, 0, 1]], 0.5, 1] },
    { name: 'a non-greedy next action', args: ['qlearning', [[0, 0], [4, -2]], [[0, 0, 1, 1, 1, 0], [0, 1, 0, 1, 1, 0]], 0.5, 0.9] },
    { name: 'a self-loop', args: ['sarsa', [[2, 1]], [[0, 0, 1, 0, 0, 0], [0, 0, 1, 0, 1, 0], [0, 1, -1, 0, 0, 0]], 0.3, 0.95] },
    { name: 'alpha = 1 replaces with the target', args: ['qlearning', table, example, 1, 0.5] },
    { name: 'gamma = 0 learns the reward only', args: ['td0', [[3], [3]], [[0, 0, 1, 1, 0, 0], [1, 0, -1, 0, 0, 0]], 0.5, 0] },
    { name: 'no transitions', args: ['sarsa', table, [], 0.5, 0.9] },
    ...['td0', 'sarsa', 'qlearning'].flatMap((kind, k) => [0, 1].map((i) => ({ name: `random ${kind} ${i + 1}`, args: randomCase(19100 + 10 * k + i, kind, 6, 3, 40) }))),
    { name: 'large: 10000 transitions', args: randomCase(19200, 'qlearning', 50, 4, 10000), weight: 2 },
    { name: 'unknown kind throws', expectError: true, args: ['expected-sarsa', table, example, 0.5, 0.9] },
    { name: 'a state out of range throws', expectError: true, args: ['td0', table, [[0, 0, 1, 3, 0, 0]], 0.5, 0.9] },
    { name: 'an action out of range throws', expectError: true, args: ['qlearning', table, [[0, 2, 1, 1, 0, 0]], 0.5, 0.9] },
    { name: 'a done flag of 2 throws', expectError: true, args: ['sarsa', table, [[0, 0, 1, 1, 0, 2]], 0.5, 0.9] },
    { name: 'alpha = 0 throws', expectError: true, args: ['sarsa', table, example, 0, 0.9] },
    { name: 'a short transition throws', expectError: true, args: ['td0', table, [[0, 0, 1, 1]], 0.5, 0.9] },
  ],
});
