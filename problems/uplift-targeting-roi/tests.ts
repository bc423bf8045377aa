import { defineTests, rng } from '../../grader/kit.ts';

/**
 * Predicted uplifts of a campaign (mostly small, some negative). The percentile is drawn so that
 * h = (n − 1)(1 − p) is either an exact integer or has a fractional part in [0.1, 0.9], so the threshold is
 * never within rounding of a score it should not equal.
 */
function randomCase(seed: number, n: number): [number[], number, number, number] {
  const r = rng(seed);
  const scores = Array.from({ length: n }, () => Math.round((r.normal(0.03, 0.05)) * 1e6) / 1e6);
  for (;;) {
    const p = [0.125, 0.25, 0.5, 0.75][r.int(0, 3)]! * (r.uniform() < 0.5 ? 1 : 0) || Math.round(r.uniform(0.05, 0.6) * 100) / 100;
    const h = (n - 1) * (1 - p);
    const frac = h - Math.floor(h);
    if (Number.isInteger(h) || (frac > 0.1 && frac < 0.9)) return [scores, Math.round(r.uniform(1, 20) * 100) / 100, Math.round(r.uniform(20, 300) * 100) / 100, p];
  }
}

// sums of many scores depend on the summation order in the last bits, hence rtol 1e-9
const tolerance = { rtol: 1e-9, atol: 1e-12, fields: { nTargeted: { exact: true } } };

export default defineTests({
  cases: [
    { name: 'ten users, top 20%', sample: true, args: [[0.05, 0.12, -0.02, 0.3, 0.08, 0.01, 0.22, 0.0, 0.15, 0.04], 10, 100, 0.2] },
    { name: 'top quarter of nine', sample: true, args: [[0.1, 0.4, 0.2, 0.05, 0.3, 0.6, 0.02, 0.15, 0.5], 5, 50, 0.25] },
    { name: 'ties at the threshold', args: [[0.1, 0.2, 0.2, 0.2, 0.05, 0.3, 0.01, 0.2], 2, 40, 0.25] },
    { name: 'threshold between two scores', args: [[0.5, 0.1, 0.4, 0.2, 0.3, 0.6, 0.05], 1, 10, 0.45] },
    { name: 'percentile 1 targets everyone', args: [[0.2, -0.1, 0.05, 0.3], 3, 20, 1] },
    { name: 'percentile 0 targets the maximum', args: [[0.2, 0.35, 0.05, 0.35, 0.1], 3, 20, 0] },
    { name: 'negative uplift among the targeted', args: [[-0.05, -0.02, -0.2, 0.01, -0.1], 1, 30, 0.5] },
    { name: 'free treatment gives ROI 0', args: [[0.2, 0.1, 0.4, 0.3], 0, 50, 0.5] },
    { name: 'a single user', args: [[0.07], 4, 100, 0.3] },
    { name: 'all scores equal', args: [[0.1, 0.1, 0.1], 2, 25, 0.2] },
    { name: 'percentile above 1 throws', args: [[0.1, 0.2], 1, 10, 1.5], expectError: true },
    { name: 'negative cost throws', args: [[0.1, 0.2], -1, 10, 0.5], expectError: true },
    { name: 'no users throws', args: [[], 1, 10, 0.5], expectError: true },
    { name: 'NaN score throws', args: [[0.1, NaN], 1, 10, 0.5], expectError: true },
    ...Array.from({ length: 6 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(3100 + i, 10 + 35 * i) })),
    { name: 'large: 100000 users', args: randomCase(3199, 100_000), weight: 2 },
  ].map((c) => ({ ...c, tolerance })),
});
