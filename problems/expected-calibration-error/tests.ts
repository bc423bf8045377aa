import { defineTests, rng, type TestCase } from '../../grader/kit.ts';

/**
 * Probabilities from a slightly over-confident model, labels drawn from the true probabilities.
 * Each p·M stays at least 1e-6 away from an integer, so every candidate's bin index agrees.
 */
function randomCase(seed: number, n: number, bins: number): [number[], number[], number] {
  const r = rng(seed);
  const y: number[] = [], p: number[] = [];
  while (p.length < n) {
    const truth = r.uniform();
    const prob = Math.min(1, Math.max(0, 0.5 + 1.3 * (truth - 0.5)));
    const pos = prob * bins;
    if (Math.abs(pos - Math.round(pos)) < 1e-6) continue;
    p.push(prob);
    y.push(r.uniform() < truth ? 1 : 0);
  }
  return [y, p, bins];
}

const tolerance = { rtol: 1e-12, atol: 1e-12, fields: { binCount: { exact: true } } };

const cases: TestCase[] = [
  { name: 'ten predictions, five bins', sample: true, args: [[0, 0, 1, 1, 1, 0, 1, 1, 0, 1], [0.05, 0.15, 0.3, 0.45, 0.55, 0.62, 0.71, 0.88, 0.93, 0.97], 5] },
  { name: 'perfectly calibrated halves', sample: true, args: [[0, 1, 0, 1, 1, 1, 1, 0], [0.25, 0.25, 0.25, 0.25, 0.75, 0.75, 0.75, 0.75], 2] },
  { name: 'probability exactly 1', args: [[1, 1, 0], [1, 0.97, 0.2], 10] },
  { name: 'probability exactly 0', args: [[0, 0, 1], [0, 0, 0.15], 4] },
  { name: 'probabilities on bin edges', args: [[1, 0, 1, 0, 1], [0.5, 0.25, 0.75, 0.5, 0.125], 4] },
  { name: 'crowded and sparse bins', args: [[1, 1, 1, 1, 1, 1, 1, 0, 0, 0], [0.95, 0.92, 0.91, 0.97, 0.93, 0.99, 0.94, 0.9, 0.15, 0.35], 5] },
  { name: 'every prediction in one bin', args: [[0, 1, 1, 0], [0.61, 0.64, 0.68, 0.66], 10] },
  { name: 'one bin', args: [[0, 1, 1], [0.2, 0.5, 0.9], 1] },
  { name: 'more bins than samples', args: [[1, 0], [0.333, 0.666], 20] },
  { name: 'probability above 1 throws', args: [[1, 0], [1.2, 0.4], 10], expectError: true },
  { name: 'zero bins throws', args: [[1, 0], [0.2, 0.4], 0], expectError: true },
  { name: 'label 2 throws', args: [[2, 0], [0.2, 0.4], 5], expectError: true },
  { name: 'empty input throws', args: [[], [], 5], expectError: true },
  ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(1600 + i, 20 + 40 * i, [5, 10, 15, 20, 7][i]!) })),
  { name: 'large: 50000 predictions, 100 bins', args: randomCase(1699, 50_000, 100), weight: 2 },
];

export default defineTests({ cases: cases.map((c) => ({ ...c, tolerance })) });
