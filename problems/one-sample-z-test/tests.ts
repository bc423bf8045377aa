import { defineTests, rng, type TestCase } from '../../grader/kit.ts';
import { zTest } from './reference.ts';

/** Normal samples with known σ; redrawn until the two-sided p-value is more than 2% away from α. */
function randomCase(seed: number, n: number, shift: number, alpha: number): [number[], number, number, number] {
  const r = rng(seed);
  for (;;) {
    const sigma = r.uniform(0.5, 5), mu0 = r.uniform(-10, 10);
    const x = Array.from({ length: n }, () => mu0 + shift * sigma + r.normal(0, sigma));
    const p = zTest(x, mu0, sigma, alpha).pTwoSided;
    if (Math.abs(p - alpha) > 0.02 * alpha) return [x, mu0, sigma, alpha];
  }
}

// p-values relative: a tiny p-value must be right to 1e-8 of itself, so "return 0" cannot pass
const tolerance = {
  rtol: 1e-10,
  atol: 1e-12,
  fields: { pTwoSided: { rtol: 1e-8, atol: 1e-300 }, pGreater: { rtol: 1e-8, atol: 1e-300 }, pLess: { rtol: 1e-8, atol: 1e-300 }, reject: { exact: true } },
};

const cases: TestCase[] = [
  { name: 'machine fill weights', sample: true, args: [[502, 498, 505, 507, 503, 501, 506, 504], 500, 4, 0.05] },
  { name: 'no evidence', sample: true, args: [[9.8, 10.3, 10.1, 9.7, 10.2], 10, 0.5, 0.05] },
  { name: 'a huge effect', args: [Array.from({ length: 100 }, (_, i) => 10 + Math.sin(i)), 7, 1, 0.01] },
  { name: 'a huge negative effect', args: [Array.from({ length: 64 }, (_, i) => -5 + 0.5 * Math.cos(i)), 0, 1.2, 0.01] },
  { name: 'known sigma differs from the sample spread', args: [[1.2, 0.8, 1.1, 0.9, 1.3, 0.7], 0.5, 2, 0.05] },
  { name: 'z exactly zero', args: [[3, 5, 4], 4, 1, 0.05] },
  { name: 'one observation', args: [[2.5], 0, 1, 0.05] },
  { name: 'borderline but clear', args: [[0.9, 1.1, 0.4, 0.6, 1.0], 0.3, 0.5, 0.01] },
  { name: 'sigma 0 throws', args: [[1, 2], 0, 0, 0.05], expectError: true },
  { name: 'empty sample throws', args: [[], 0, 1, 0.05], expectError: true },
  { name: 'alpha 1 throws', args: [[1, 2], 0, 1, 1], expectError: true },
  { name: 'NaN observation throws', args: [[1, NaN], 0, 1, 0.05], expectError: true },
  ...Array.from({ length: 6 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(3300 + i, 3 + 10 * i, [0, 0.3, -0.5, 0.8, 0.1, -1.2][i]!, [0.05, 0.01, 0.1, 0.05, 0.05, 0.001][i]!) })),
  { name: 'large: 100000 observations', args: randomCase(3399, 100_000, 0.006, 0.05), weight: 2 },
];

export default defineTests({ cases: cases.map((c) => ({ ...c, tolerance })) });
