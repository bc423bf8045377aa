import { defineTests, rng } from '../../grader/kit.ts';
import { bicPolySelect } from './reference.ts';

/**
 * y = polynomial(x) + noise. Redrawn until the best BIC beats the runner-up by more than 1, so the
 * chosen degree does not hinge on rounding.
 */
function randomCase(seed: number, n: number, trueDegree: number, noise: number, maxDegree: number, lo = -3, hi = 3): [number[], number[], number] {
  const r = rng(seed);
  for (;;) {
    const coef = Array.from({ length: trueDegree + 1 }, () => r.normal(0, 1.5));
    const x = Array.from({ length: n }, () => r.uniform(lo, hi));
    const mid = (lo + hi) / 2, half = (hi - lo) / 2;
    const y = x.map((v) => coef.reduce((s, c, j) => s + c * ((v - mid) / half) ** j, 0) + r.normal(0, noise));
    const { bic } = bicPolySelect(x, y, maxDegree);
    const sorted = bic.filter(Number.isFinite).sort((a, b) => a - b);
    if (sorted.length < 2 || sorted[1]! - sorted[0]! > 1) return [x, y, maxDegree];
  }
}

const tolerance = { rtol: 1e-7, atol: 1e-7, fields: { bestDegree: { exact: true } } };

export default defineTests({
  cases: [
    { name: 'a noisy line', sample: true, args: [[0, 1, 2, 3, 4, 5, 6, 7], [0.9, 3.2, 4.8, 7.1, 9.0, 11.2, 12.8, 15.1], 3] },
    { name: 'a noisy parabola', sample: true, args: [[-3, -2, -1, 0, 1, 2, 3, 4, 5], [9.1, 4.2, 0.8, 0.1, 1.1, 3.9, 9.2, 15.9, 25.1], 3] },
    { name: 'a cubic trend', args: randomCase(5100, 40, 3, 0.3, 5) },
    { name: 'x far from zero', args: randomCase(5101, 30, 2, 0.2, 4, 1000, 1010) },
    { name: 'pure noise picks degree 0', args: randomCase(5102, 25, 0, 1, 3) },
    { name: 'too few points for high degrees', args: [[0, 1, 2, 3, 4], [1.1, 2.9, 5.2, 6.8, 9.1], 4] },
    { name: 'repeated x values', args: [[1, 1, 2, 2, 3, 3, 4, 4], [1.0, 1.2, 2.1, 1.9, 3.2, 2.8, 4.1, 3.9], 2] },
    { name: 'degree 0 only', args: [[1, 2, 3], [2, 4, 3], 0] },
    { name: 'empty input throws', args: [[], [], 2], expectError: true },
    { name: 'negative degree throws', args: [[1, 2], [1, 2], -1], expectError: true },
    { name: 'length mismatch throws', args: [[1, 2, 3], [1, 2], 1], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(5110 + i, 20 + 15 * i, i % 4, 0.2 + 0.3 * i, 4 + (i % 3)) })),
    { name: 'large: 3000 points, degrees 0 to 6', args: randomCase(5199, 3000, 4, 2, 6), weight: 2 },
  ].map((c) => ({ ...c, tolerance })),
});
