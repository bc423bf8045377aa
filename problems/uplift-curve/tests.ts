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
    { name: 'five customers, two bins', sample: true, args: [[1, 0, 1, 1, 0], [1, 0, 1, 0, 1], [0.1, 0.5, 0.9, 0.7, 0.3], 2] },
    { name: 'ten customers, five bins', sample: true, args: [[1, 1, 0, 0, 1, 0, 1, 0, 0, 1], [1, 0, 1, 0, 1, 0, 1, 0, 1, 0], [0.9, 0.1, 0.8, 0.2, 0.7, 0.3, 0.6, 0.4, 0.5, 0.05], 5] },
    { name: 'fewer rows than bins', args: [[1, 0, 1], [1, 0, 0], [3, 2, 1], 5] },
    { name: 'n not divisible by bins', args: [[1, 0, 1, 0, 1, 1, 0], [1, 0, 0, 1, 1, 0, 0], [7, 6, 5, 4, 3, 2, 1], 3] },
    { name: 'tied scores keep index order', args: [[1, 0, 0, 1, 1, 0], [1, 0, 1, 0, 1, 0], [1, 1, 1, 1, 0, 0], 3] },
    { name: 'prefix without control rows', args: [[1, 1, 0, 0], [1, 1, 0, 0], [4, 3, 2, 1], 4] },
    { name: 'single bin', args: [[2.5, 1, 4, 0.5], [1, 0, 1, 0], [0.1, 0.2, 0.3, 0.4], 1] },
    { name: 'length mismatch throws', args: [[1, 0], [1, 0], [1], 2], expectError: true },
    { name: 'fractional bins throws', args: [[1, 0, 1], [1, 0, 1], [0.3, 0.2, 0.1], 1.5], expectError: true },
    { name: 'empty input throws', args: [[], [], [], 2], expectError: true },
    { name: 'zero bins throws', args: [[1, 0], [1, 0], [1, 2], 0], expectError: true },
    { name: 'non-binary treatment throws', args: [[1, 0], [1, 3], [1, 2], 2], expectError: true },
    ...Array.from({ length: 3 }, (_, i) => ({ name: `random ${i + 1}`, args: [...experiment(2600 + i, 97 + 50 * i, 0.05, 0), 10] })),
    ...Array.from({ length: 2 }, (_, i) => ({ name: `random with ties ${i + 1}`, args: [...experiment(2700 + i, 123, 0.1, 0.1), 7] })),
    { name: 'large experiment', args: [...experiment(2800, 20003, 0.1, 0), 20], weight: 2 },
  ],
});
