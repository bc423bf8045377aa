import { defineTests, rng } from '../../grader/kit.ts';

function dist(seed: number, n: number, zeros = 0): number[] {
  const r = rng(seed);
  const v = Array.from({ length: n }, (_, i) => (i < zeros ? 0 : r.uniform(0.05, 1)));
  for (let i = n - 1; i > 0; i--) { const j = r.int(0, i); [v[i], v[j]] = [v[j]!, v[i]!]; }
  const s = v.reduce((a, b) => a + b, 0);
  const out = v.map((x) => x / s);
  const last = out.findLastIndex((x) => x > 0);
  out[last] = 1 - out.reduce((a, b, i) => (i === last ? a : a + b), 0);
  return out;
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[0.5, 0.5, 0], [0.25, 0.25, 0.5]] },
    { name: 'a point the data never produces', sample: true, args: [[0.5, 0.5, 0], [0.5, 0, 0.5]] },
    { name: 'identical distributions: D* = ½ everywhere', args: [[0.2, 0.3, 0.5], [0.2, 0.3, 0.5]] },
    { name: 'disjoint supports', args: [[0.6, 0.4, 0, 0], [0, 0, 0.3, 0.7]] },
    { name: 'points where both are zero get NaN', args: [[0.5, 0, 0.5], [0.25, 0, 0.75]], nanEqual: true },
    { name: 'single point', args: [[1], [1]] },
    { name: 'nearly disjoint', args: [[0.999, 0.001], [0.001, 0.999]] },
    { name: 'length mismatch throws', args: [[0.5, 0.5], [1]], expectError: true },
    { name: 'not a distribution throws', args: [[0.5, 0.6], [0.5, 0.5]], expectError: true },
    { name: 'negative probability throws', args: [[1.5, -0.5], [0.5, 0.5]], expectError: true },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(4720 + i);
      const n = r.int(2, 20);
      return { name: `random ${i + 1}`, args: [dist(4740 + i, n, i % 3), dist(4760 + i, n, (i + 1) % 3)], nanEqual: true };
    }),
    { name: 'large: 50000 points', args: [dist(4798, 50000), dist(4799, 50000)], weight: 2 },
  ],
});
