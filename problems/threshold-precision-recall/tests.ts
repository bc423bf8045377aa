import { defineTests, rng } from '../../grader/kit.ts';

/** Scores on a 0.001 grid (so some equal a threshold exactly), thresholds on the same grid. */
function randomCase(seed: number, n: number, m: number): [number[], number[], number[]] {
  const r = rng(seed);
  const yTrue = Array.from({ length: n }, () => (r.uniform() < 0.4 ? 1 : 0));
  const scores = yTrue.map((y) => Math.min(1, Math.max(0, Math.round((r.uniform() * 0.8 + 0.2 * y) * 1000) / 1000)));
  const thresholds = Array.from({ length: m }, () => Math.round(r.uniform() * 1000) / 1000);
  return [yTrue, scores, thresholds];
}

export default defineTests({
  cases: [
    { name: 'five thresholds', sample: true, args: [[0, 0, 1, 1, 0, 1, 1, 0], [0.15, 0.35, 0.62, 0.88, 0.55, 0.41, 0.95, 0.72], [0.1, 0.3, 0.5, 0.7, 0.9]] },
    { name: 'one threshold', sample: true, args: [[1, 0, 1], [0.9, 0.6, 0.2], [0.5]] },
    { name: 'scores equal to a threshold', args: [[1, 0, 1, 0], [0.5, 0.5, 0.7, 0.2], [0.5, 0.7, 0.2]] },
    { name: 'threshold above every score', args: [[1, 0, 1], [0.3, 0.6, 0.8], [0.9, 0.8]] },
    { name: 'thresholds not sorted', args: [[1, 1, 0, 0, 1], [0.9, 0.4, 0.6, 0.1, 0.75], [0.7, 0.2, 0.5, 0.05]] },
    { name: 'no positive labels', args: [[0, 0, 0], [0.2, 0.6, 0.9], [0.5, 0.1]] },
    { name: 'threshold below every score', args: [[0, 1, 1, 0], [0.2, 0.3, 0.4, 0.5], [0.1, -1]] },
    { name: 'no thresholds', args: [[0, 1], [0.2, 0.8], []] },
    { name: 'infinite thresholds', args: [[0, 1, 1], [0.2, 0.8, 5], [-Infinity, Infinity]] },
    { name: 'label 2 throws', args: [[0, 2], [0.2, 0.8], [0.5]], expectError: true },
    { name: 'length mismatch throws', args: [[0, 1, 1], [0.2, 0.8], [0.5]], expectError: true },
    { name: 'NaN threshold throws', args: [[0, 1], [0.2, 0.8], [NaN]], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(2000 + i, 10 + 20 * i, 3 + i) })),
    { name: 'large: 20000 scores, 200 thresholds', args: randomCase(2099, 20_000, 200), weight: 2 },
  ],
});
