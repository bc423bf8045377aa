import { defineTests, rng } from '../../grader/kit.ts';

/**
 * Observational data: covariate x drives both the treatment probability (the propensity) and the outcome;
 * the true effect on the treated is `effect`. Scores are rounded to 1e-4 so that exactly tied distances
 * occur; treated units with two equally close controls at different outcomes test the tie rule.
 */
function randomCase(seed: number, n: number, effect: number, caliper: number): [number[], number[], number[], number] {
  const r = rng(seed);
  const ps: number[] = [], t: number[] = [], y: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = r.normal();
    const p = Math.round((1 / (1 + Math.exp(-0.8 * x))) * 1e4) / 1e4;
    const ti = r.uniform() < p ? 1 : 0;
    ps.push(p);
    t.push(ti);
    y.push(2 + 1.5 * x + effect * ti + r.normal(0, 0.5));
  }
  if (!t.includes(0)) t[0] = 0;
  if (!t.includes(1)) t[1] = 1;
  return [ps, t, y, caliper];
}

export default defineTests({
  cases: [
    { name: 'three treated, four controls', sample: true, args: [[0.8, 0.3, 0.6, 0.35, 0.75, 0.5, 0.2], [1, 0, 1, 0, 0, 1, 0], [9, 4, 7, 5, 8, 6, 3], Infinity] },
    { name: 'with a caliper', sample: true, args: [[0.9, 0.3, 0.6, 0.35, 0.5], [1, 0, 1, 0, 0], [10, 4, 7, 5, 6], 0.125] },
    { name: 'one control matched many times', args: [[0.5, 0.55, 0.45, 0.52, 0.1, 0.9], [0, 1, 1, 1, 0, 0], [5, 8, 6, 7, 1, 9], Infinity] },
    { name: 'equally close controls', args: [[0.5, 0.25, 0.75, 0.5], [1, 0, 0, 1], [5, 2, 9, 6], Infinity] },
    { name: 'distance equal to the caliper', args: [[0.5, 0.25, 0.875], [1, 0, 0], [5, 2, 9], 0.25] },
    { name: 'caliper drops a treated unit', args: [[0.5, 0.45, 0.95, 0.2], [1, 0, 1, 0], [5, 4, 12, 1], 0.1] },
    { name: 'caliper excludes everyone', args: [[0.9, 0.1, 0.8, 0.2], [1, 0, 1, 0], [5, 4, 7, 1], 0.05], nanEqual: true },
    { name: 'caliper zero matches only equal scores', args: [[0.4, 0.4, 0.6, 0.5], [1, 0, 1, 0], [3, 1, 8, 2], 0] },
    { name: 'negative effect', args: [[0.3, 0.32, 0.7, 0.66, 0.5, 0.49], [1, 0, 1, 0, 1, 0], [1, 3, 2, 5, 0, 4], Infinity] },
    { name: 'no controls throws', args: [[0.3, 0.7], [1, 1], [1, 2], Infinity], expectError: true },
    { name: 'no treated units throws', args: [[0.3, 0.7], [0, 0], [1, 2], Infinity], expectError: true },
    { name: 'score above 1 throws', args: [[1.3, 0.7], [1, 0], [1, 2], Infinity], expectError: true },
    { name: 'negative caliper throws', args: [[0.3, 0.7], [1, 0], [1, 2], -0.1], expectError: true },
    { name: 'treatment 2 throws', args: [[0.3, 0.7], [2, 0], [1, 2], Infinity], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(2800 + i, 20 + 30 * i, [1, 0.5, -1, 2, 0][i]!, [Infinity, 0.05, 0.01, Infinity, 0.002][i]!) })),
    { name: 'large: 6000 units', args: randomCase(2899, 6000, 1.2, 0.02), weight: 2 },
  ],
});
