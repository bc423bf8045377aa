import { defineTests, rng } from '../../grader/kit.ts';

/** A random dense chain (irreducible and aperiodic: every entry positive) and a random start. */
function randomCase(seed: number, k: number, steps: number): [number[][], number[], number] {
  const r = rng(seed);
  const norm = (v: number[]) => { const s = v.reduce((a, b) => a + b, 0); return v.map((x) => x / s); };
  return [Array.from({ length: k }, () => norm(r.vector(k, 0.01, 1).map((x) => x ** 3))), norm(r.vector(k, 0, 1)), steps];
}

export default defineTests({
  cases: [
    { name: 'two-state chain', sample: true, args: [[[0.9, 0.1], [0.5, 0.5]], [1, 0], 3] },
    { name: 'three weather states', sample: true, args: [[[0.7, 0.2, 0.1], [0.3, 0.4, 0.3], [0.2, 0.3, 0.5]], [0, 0, 1], 2] },
    { name: 'weather chain', args: [[[0.5, 0.4, 0.1], [0.1, 0.6, 0.3], [0.3, 0.1, 0.6]], [1, 0, 0], 5] },
    { name: 'periodic chain', args: [[[0, 1, 0], [0, 0, 1], [1, 0, 0]], [1, 0, 0], 4] },
    { name: 'nearly reducible chain', args: [[[0.999999, 0.000001], [0.000002, 0.999998]], [0.5, 0.5], 10] },
    { name: 'one state', args: [[[1]], [1], 7] },
    { name: 'zero steps', args: [[[0.2, 0.8], [0.6, 0.4]], [0.3, 0.7], 0] },
    { name: 'absorbing start state', args: [[[1, 0], [0.5, 0.5]], [0, 1], 3] },
    { name: 'reducible chain throws', args: [[[1, 0], [0, 1]], [0.5, 0.5], 1], expectError: true },
    { name: 'row not summing to 1 throws', args: [[[0.5, 0.4], [0.5, 0.5]], [1, 0], 1], expectError: true },
    { name: 'negative probability throws', args: [[[1.2, -0.2], [0.5, 0.5]], [1, 0], 1], expectError: true },
    { name: 'bad initial distribution throws', args: [[[0.5, 0.5], [0.5, 0.5]], [0.7, 0.7], 1], expectError: true },
    { name: 'fractional steps throw', args: [[[0.5, 0.5], [0.5, 0.5]], [1, 0], 1.5], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(4700 + i, 2 + 2 * i, 1 + 7 * i) })),
    { name: 'large: 150 states, 300 steps', args: randomCase(4799, 150, 300), weight: 2 },
  ],
});
