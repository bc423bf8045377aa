import { defineTests, rng } from '../../grader/kit.ts';

/** Synthetic randomized experiment: true uplift tau(x) = 0.3·x; the score is tau plus noise (optionally rounded to create ties). */
function experiment(seed: number, n: number, noise: number, roundTo: number): [number[], number[], number[]] {
  const r = rng(seed);
  const y: number[] = [], t: number[] = [], s: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = r.uniform(-1, 1);
    const treated = r.uniform() < 0.5 ? 1 : 0;
    const p = Math.min(1, Math.max(0, 0.3 + 0.1 * x + treated * 0.3 * x));
    y.push(r.uniform() < p ? 1 : 0);
    t.push(treated);
    const sc = 0.3 * x + noise * r.normal();
    s.push(roundTo > 0 ? Math.round(sc / roundTo) * roundTo : sc);
  }
  return [y, t, s];
}

export default defineTests({
  cases: [
    { name: 'four customers', sample: true, args: [[1, 0, 1, 0], [1, 0, 0, 1], [0.9, 0.8, 0.3, 0.1]] },
    { name: 'unsorted scores', sample: true, args: [[0, 1, 1, 0, 1, 0], [0, 1, 0, 1, 1, 0], [0.2, 0.9, 0.5, 0.1, 0.7, 0.4]] },
    { name: 'all scores tied', args: [[1, 0, 0, 1, 1], [1, 1, 0, 0, 1], [0.5, 0.5, 0.5, 0.5, 0.5]] },
    { name: 'treated-only prefix', args: [[1, 1, 0, 0], [1, 1, 0, 0], [4, 3, 2, 1]] },
    { name: 'no treated rows', args: [[1, 0, 1], [0, 0, 0], [3, 2, 1]] },
    { name: 'two rows', args: [[1, 0], [1, 0], [1, 2]] },
    { name: 'real-valued outcomes', args: [[12.5, 3, 7.25, 0, 9], [1, 0, 1, 0, 0], [0.4, -0.2, 0.1, 0.3, -0.5]] },
    { name: 'length mismatch throws', args: [[1, 0], [1], [1, 2]], expectError: true },
    { name: 'non-binary treatment throws', args: [[1, 0], [1, 2], [1, 2]], expectError: true },
    { name: 'empty input throws', args: [[], [], []], expectError: true },
    ...Array.from({ length: 3 }, (_, i) => ({ name: `random informative ${i + 1}`, args: experiment(2300 + i, 200 + 100 * i, 0.05, 0) })),
    ...Array.from({ length: 3 }, (_, i) => ({ name: `random with tied scores ${i + 1}`, args: experiment(2400 + i, 150, 0.1, 0.1) })),
    { name: 'large experiment', args: experiment(2500, 20000, 0.1, 0), weight: 2 },
  ],
});
