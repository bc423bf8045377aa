import { defineTests, rng } from '../../grader/kit.ts';
import { valueIterationTrace } from './reference.ts';

/**
 * Random MDP with sparse transitions; redraws until no two distinct Q values of the final V are closer
 * than 1e-6 and no sweep's change lies within 0.1% of tol.
 */
function randomCase(seed: number, S: number, A: number, gamma: number, tol: number) {
  const r = rng(seed);
  for (;;) {
    const P = Array.from({ length: S }, () => Array.from({ length: A }, () => {
      const w = Array.from({ length: S }, () => (r.uniform() < 0.4 ? r.uniform(0.1, 1) : 0));
      const hub = r.int(0, S - 1);
      w[hub] = w[hub]! + 0.5;
      const total = w.reduce((t, v) => t + v, 0);
      return w.map((v) => v / total);
    }));
    const R = r.matrix(S, A, -1, 1);
    const trace = valueIterationTrace(P, R, gamma, tol);
    if (trace.qGap > 1e-6 && trace.stopMargin > 1e-3) return [P, R, gamma, tol];
  }
}

const P3 = [[[1, 0, 0], [0.2, 0.8, 0]], [[0, 0, 1], [0, 0, 1]], [[0, 0, 1], [0, 0, 1]]];
const R3 = [[0, -1], [10, 10], [0, 0]];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [P3, R3, 0.9, 1e-6] },
    { name: 'a short horizon prefers waiting', sample: true, args: [P3, [[0, -3], [10, 10], [0, 0]], 0.5, 1e-8] },
    { name: 'gamma = 0 takes the best immediate reward', args: [P3, [[2, 5], [1, 0.5], [0, -1]], 0, 1e-9] },
    { name: 'tied actions pick the lowest', args: [[[[0.5, 0.5], [0.5, 0.5], [1, 0]], [[0, 1], [0, 1], [0, 1]]], [[1, 1, 0.5], [0, 0, 0]], 0.8, 1e-10] },
    { name: 'loose tolerance', args: randomCase(17000, 5, 3, 0.95, 0.05) },
    { name: 'a single state', args: [[[[1], [1]]], [[1, 2]], 0.9, 1e-9] },
    { name: 'a deterministic chain', args: [[[[0, 1, 0, 0], [1, 0, 0, 0]], [[0, 0, 1, 0], [1, 0, 0, 0]], [[0, 0, 0, 1], [0, 1, 0, 0]], [[0, 0, 0, 1], [0, 0, 0, 1]]], [[0, 0.1], [0, 0.1], [1, 0.1], [0, 0]], 0.9, 1e-10] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(17100 + i);
      return { name: `random ${i + 1}`, args: randomCase(17200 + i, r.int(2, 8), r.int(2, 4), r.uniform(0.5, 0.95), 1e-8) };
    }),
    { name: 'large: 40 states, 4 actions, gamma 0.98', args: randomCase(17300, 40, 4, 0.98, 1e-9), weight: 2 },
    { name: 'a row not summing to 1 throws', expectError: true, args: [[[[0.5, 0.4]], [[0, 1]]], [[0], [0]], 0.9, 1e-6] },
    { name: 'a negative probability throws', expectError: true, args: [[[[1.5, -0.5]], [[0, 1]]], [[0], [0]], 0.9, 1e-6] },
    { name: 'gamma = 1 throws', expectError: true, args: [P3, R3, 1, 1e-6] },
    { name: 'zero tolerance throws', expectError: true, args: [P3, R3, 0.9, 0] },
    { name: 'mismatched R throws', expectError: true, args: [P3, [[0, 1]], 0.9, 1e-6] },
    { name: 'no states throws', expectError: true, args: [[], [], 0.9, 1e-6] },
  ],
});
