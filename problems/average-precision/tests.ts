import { defineTests, rng, type TestCase } from '../../grader/kit.ts';

/** Labels with at least one positive; scores rounded to `decimals` places (null: continuous) so ties occur. */
function randomCase(seed: number, n: number, decimals: number | null, separation: number): [number[], number[]] {
  const r = rng(seed);
  for (;;) {
    const yTrue = Array.from({ length: n }, () => (r.uniform() < 0.35 ? 1 : 0));
    if (!yTrue.includes(1)) continue;
    const scores = yTrue.map((y) => {
      const s = r.uniform() + separation * y;
      return decimals === null ? s : Math.round(s * 10 ** decimals) / 10 ** decimals;
    });
    return [yTrue, scores];
  }
}

// rates within 1e-12; thresholds are copies of input scores, so they compare exactly
const tolerance = { rtol: 1e-12, atol: 1e-12, fields: { thresholds: { exact: true } } };

const cases: TestCase[] = [
  { name: 'worked example', sample: true, args: [[0, 0, 1, 1, 1], [0.1, 0.4, 0.35, 0.8, 0.8]] },
  { name: 'no ties', sample: true, args: [[1, 0, 1, 0], [0.9, 0.8, 0.7, 0.2]] },
  { name: 'all scores tied', args: [[0, 1, 1, 0, 1, 0, 0], [0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3]] },
  { name: 'positives ranked last', args: [[1, 1, 0, 0, 0], [0.1, 0.2, 0.7, 0.8, 0.9]] },
  { name: 'precision dips then recovers', args: [[1, 0, 0, 1, 1, 0, 1], [7, 6, 5, 4, 3, 2, 1]] },
  { name: 'all positives', args: [[1, 1, 1], [0.5, 0.2, 0.9]] },
  { name: 'single positive sample', args: [[1], [0.42]] },
  { name: 'perfect separation', args: [[0, 1, 0, 1], [-3, 2, -1, 5]] },
  { name: 'ties inside and across classes', args: [[1, 1, 0, 0, 1, 0, 1, 0], [3, 3, 2, 2, 2, 1, 1, 0]] },
  { name: 'no positive labels throws', args: [[0, 0, 0], [0.1, 0.2, 0.3]], expectError: true },
  { name: 'empty input throws', args: [[], []], expectError: true },
  { name: 'length mismatch throws', args: [[0, 1], [0.5]], expectError: true },
  { name: 'label 2 throws', args: [[0, 2, 1], [0.1, 0.2, 0.3]], expectError: true },
  ...Array.from({ length: 3 }, (_, i) => ({ name: `random with ties ${i + 1}`, args: randomCase(1100 + i, 10 + 20 * i, 1, 0.3) })),
  ...Array.from({ length: 3 }, (_, i) => ({ name: `random continuous ${i + 1}`, args: randomCase(1110 + i, 15 + 15 * i, null, 0.4) })),
  { name: 'large: 100000 scores with many ties', args: randomCase(1199, 100_000, 3, 0.2), weight: 2 },
];

export default defineTests({ cases: cases.map((c) => ({ ...c, tolerance })) });
