import { defineTests, rng, type TestCase } from '../../grader/kit.ts';
import { giniKs } from './reference.ts';

/**
 * Credit-score-like data: defaulters (label 1) score higher on average. Scores are rounded to `decimals`
 * places so tied groups occur. Redrawn until the best KS threshold is unique (no other threshold within
 * 1e-9 of the maximum gap), so float and exact-integer comparisons agree.
 */
function randomCase(seed: number, n: number, decimals: number, shift: number): [number[], number[]] {
  const r = rng(seed);
  for (;;) {
    const y: number[] = Array.from({ length: n }, () => (r.uniform() < 0.3 ? 1 : 0));
    const P = y.reduce((a, b) => a + b, 0), N = n - P;
    if (P === 0 || N === 0) continue;
    const s = y.map((v) => Math.round((r.normal(0, 1) + shift * v) * 10 ** decimals) / 10 ** decimals);
    const gaps: number[] = [];
    const order = s.map((_, i) => i).sort((a, b) => s[b]! - s[a]!);
    let tp = 0, fp = 0;
    for (let i = 0; i < n; ) {
      const t = s[order[i]!]!;
      for (; i < n && s[order[i]!] === t; i++) if (y[order[i]!] === 1) tp++; else fp++;
      gaps.push(Math.abs(tp / P - fp / N));
    }
    const ks = giniKs(y, s).ks;
    if (gaps.filter((g) => Math.abs(g - ks) < 1e-9).length === 1) return [y, s];
  }
}

const tolerance = { rtol: 1e-12, atol: 1e-12, fields: { ksThreshold: { exact: true } } };

const cases: TestCase[] = [
  { name: 'eight applicants', sample: true, args: [[0, 1, 0, 1, 1, 0, 0, 0], [0.2, 0.9, 0.4, 0.6, 0.35, 0.1, 0.5, 0.3]] },
  { name: 'perfect separation', sample: true, args: [[0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9]] },
  { name: 'inverted scores', args: [[0, 0, 1, 1], [0.9, 0.8, 0.2, 0.1]] },
  { name: 'ties across classes', args: [[1, 0, 1, 0, 0, 1, 0, 0], [0.7, 0.7, 0.5, 0.5, 0.5, 0.3, 0.3, 0.1]] },
  { name: 'two thresholds attain the maximum', args: [[1, 1, 0, 0, 1, 1, 0, 0], [8, 7, 6, 5, 4, 3, 2, 1]] },
  { name: 'all scores tied', args: [[0, 1, 0, 1, 1], [3, 3, 3, 3, 3]] },
  { name: 'one positive among many', args: [[0, 0, 0, 1, 0, 0], [0.1, 0.5, 0.2, 0.4, 0.3, 0.05]] },
  { name: 'negative and integer scores', args: [[0, 1, 1, 0, 1, 0], [-3, 2, 0, -1, 2, 0]] },
  { name: 'only one class throws', args: [[1, 1, 1], [0.2, 0.5, 0.9]], expectError: true },
  { name: 'empty input throws', args: [[], []], expectError: true },
  { name: 'label 2 throws', args: [[0, 2, 1], [0.1, 0.5, 0.2]], expectError: true },
  { name: 'NaN score throws', args: [[0, 1], [NaN, 0.5]], expectError: true },
  ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(2100 + i, 12 + 25 * i, i % 2 === 0 ? 1 : 3, 0.8 + 0.3 * i) })),
  { name: 'large: 50000 scores', args: randomCase(2199, 50_000, 2, 0.9), weight: 2 },
];

export default defineTests({ cases: cases.map((c) => ({ ...c, tolerance })) });
