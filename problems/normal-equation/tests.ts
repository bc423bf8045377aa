import { defineTests, rng } from '../../grader/kit.ts';

/** Well-conditioned random regression problem: features on mixed scales, noisy linear target. */
function randomCase(seed: number, n: number, d: number, offset = 0) {
  const r = rng(seed);
  const scale = Array.from({ length: d }, () => r.uniform(0.5, 5));
  const X = Array.from({ length: n }, () => scale.map((s) => offset + s * r.normal()));
  const w = Array.from({ length: d }, () => r.uniform(-3, 3));
  const b = r.uniform(-5, 5);
  const y = X.map((row) => b + row.reduce((s, v, j) => s + v * w[j]!, 0) + 0.1 * r.normal());
  return [X, y];
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[[1], [2], [3], [4]], [3, 5, 7, 10]] },
    { name: 'two features', sample: true, args: [[[1, 0], [0, 1], [1, 1], [2, 1], [0, 3]], [1, 2, 2.5, 4, 5]] },
    { name: 'exact interpolation n = d + 1', args: [[[0, 1], [2, 0], [1, 3]], [1, 5, -2]] },
    { name: 'intercept only (d = 0)', args: [[[], [], [], []], [2, 4, 4, 7]] },
    { name: 'single sample, intercept only', args: [[[]], [3.5]] },
    { name: 'features with large means', args: randomCase(77, 40, 2, 1000) },
    { name: 'duplicated column throws', args: [[[1, 1], [2, 2], [3, 3], [5, 5]], [1, 2, 3, 4]], expectError: true },
    { name: 'scaled copy of a column throws', args: [[[1, 2, 0], [2, 4, 1], [3, 6, 0], [4, 8, 1], [0, 0, 2]], [1, 0, 2, 3, 1]], expectError: true },
    { name: 'constant feature throws', args: [[[3, 1], [3, 2], [3, 4], [3, 0]], [1, 2, 3, 4]], expectError: true },
    { name: 'fewer samples than parameters throws', args: [[[1, 2], [3, 1]], [1, 2]], expectError: true },
    { name: 'zero target', args: [[[1, 2], [2, -1], [0, 3], [4, 4]], [0, 0, 0, 0]], tolerance: { rtol: 1e-6, atol: 1e-10 } },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(1300 + i);
      const d = r.int(1, 6);
      return { name: `random ${i + 1}`, args: randomCase(1400 + i, d + 1 + r.int(3, 30), d) };
    }),
    { name: 'large: 600 samples, 20 features', args: randomCase(2024, 600, 20), weight: 2 },
  ],
});
