import { describe, expect, it } from 'vitest';
import * as S from '../../../grader/reference-kit/stats.ts';
import { MPMATH } from './stats-mpmath.ts';

/** Relative error, with an absolute floor for values that are (close to) 0 or subnormal. */
function relError(actual: number, expected: number, floor = 1e-300): number {
  if (actual === expected) return 0;
  return Math.abs(actual - expected) / Math.max(Math.abs(expected), floor);
}

function worst(rows: ReadonlyArray<readonly [number, number]>, floor?: number): number {
  return Math.max(...rows.map(([a, b]) => relError(a, b, floor)));
}

describe('reference-kit stats: erf and the normal distribution', () => {
  it('erf and erfc match mpmath to a few ulps, tails included', () => {
    expect(worst(MPMATH.erf.map(([x, v]) => [S.erf(x), v]))).toBeLessThan(1e-15);
    expect(worst(MPMATH.erfc.map(([x, v]) => [S.erfc(x), v]))).toBeLessThan(1e-15);
  });

  it('erf is odd, erfc(−x) = 2 − erfc(x), and both agree with the Python math module', () => {
    // math.erf / math.erfc of CPython 3 at these points
    expect(S.erf(0.75)).toBeCloseTo(0.7111556336535151, 15);
    expect(relError(S.erfc(6), 2.1519736712498916e-17)).toBeLessThan(1e-15);
    for (const x of [0.2, 0.7, 1.3, 3.3, 5.1]) {
      expect(S.erf(-x)).toBe(-S.erf(x));
      expect(relError(S.erfc(-x), 2 - S.erfc(x))).toBeLessThan(1e-16);
    }
    expect(Number.isNaN(S.erf(Number.NaN))).toBe(true);
    expect(S.erfc(Number.POSITIVE_INFINITY)).toBe(0);
    expect(S.erf(Number.NEGATIVE_INFINITY)).toBe(-1);
  });

  it('normal cdf and sf keep relative precision in both tails (down to the subnormal range)', () => {
    expect(worst(MPMATH.normalCdf.filter(([z]) => z > -37).map(([z, v]) => [S.normalCdf(z), v]))).toBeLessThan(2e-15);
    expect(worst(MPMATH.normalSf.filter(([z]) => z < 37).map(([z, v]) => [S.normalSf(z), v]))).toBeLessThan(2e-15);
    // subnormal results lose bits by construction; still within 1e-12
    expect(relError(S.normalSf(37.5), 4.605353009581955e-308)).toBeLessThan(1e-12);
    expect(S.normalCdf(3, 1, 2)).toBe(S.normalCdf(1));
    expect(Number.isNaN(S.normalCdf(0, 0, 0))).toBe(true);
  });

  it('the normal quantile (AS241 + one Newton step) inverts the cdf to ~1e-15 relative, from 1e-300 to 1 − 1e-10', () => {
    expect(worst(MPMATH.normalQuantile.map(([p, x]) => [S.normalQuantile(p), x]))).toBeLessThan(1e-15);
    expect(S.normalQuantile(0.5)).toBe(0);
    expect(S.normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(S.normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(Number.isNaN(S.normalQuantile(1.5))).toBe(true);
    // published critical values: z_0.975 = 1.959964, z_0.995 = 2.575829
    expect(S.normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(S.normalQuantile(0.995)).toBeCloseTo(2.5758293035489004, 14);
  });

  it('the normal pdf and log-pdf agree and the log-pdf stays finite 40σ away', () => {
    expect(S.normalPdf(0)).toBeCloseTo(0.3989422804014327, 16);
    expect(S.normalLogPdf(40, 0, 1)).toBeCloseTo(-800.9189385332047, 12);
    expect(relError(S.normalPdf(1.3, 0.5, 2), Math.exp(S.normalLogPdf(1.3, 0.5, 2)))).toBeLessThan(1e-15);
  });
});

describe('reference-kit stats: log-gamma', () => {
  it('matches mpmath to 1e-15 relative for x > 0, next to its zeros at 1 and 2 too', () => {
    const positive = MPMATH.logGamma.filter(([x]) => x > 0);
    expect(worst(positive.map(([x, v]) => [S.logGamma(x), v]))).toBeLessThan(1e-15);
    expect(positive.some(([x]) => x === 0.999) && positive.some(([x]) => x === 2.1)).toBe(true);
    // negative arguments go through the reflection formula, whose sin(πx) costs a few more ulps
    const negative = MPMATH.logGamma.filter(([x]) => x < 0);
    expect(worst(negative.map(([x, v]) => [S.logGamma(x), v]))).toBeLessThan(5e-14);
  });

  it('agrees with Python math.lgamma and with log-factorials', () => {
    expect(relError(S.logGamma(0.5), 0.5723649429247004)).toBeLessThan(1e-15);
    expect(relError(S.logGamma(30), 71.257038967168)).toBeLessThan(1e-15);
    let logFactorial = 0;
    for (let n = 1; n <= 170; n++) {
      logFactorial += Math.log(n);
      expect(relError(S.logGamma(n + 1), logFactorial) < 1e-13 || Math.abs(S.logGamma(n + 1) - logFactorial) < 1e-13).toBe(true);
    }
    expect(S.logGamma(1)).toBe(0);
    expect(S.logGamma(2)).toBe(0);
    expect(S.logGamma(0)).toBe(Number.POSITIVE_INFINITY);
    expect(S.logGamma(-3)).toBe(Number.POSITIVE_INFINITY);
    expect(relError(S.logChoose(100000, 50000), 69308.7357994094)).toBeLessThan(1e-13);
    expect(S.logChoose(5, 6)).toBe(Number.NEGATIVE_INFINITY);
  });
});

describe('reference-kit stats: regularized incomplete beta and gamma', () => {
  it('I_x(a, b) and its complement match mpmath to ~1e-13 relative, each computed without cancellation', () => {
    expect(worst(MPMATH.regIncBeta.map(([x, a, b, v]) => [S.regIncBeta(x, a, b), v]))).toBeLessThan(5e-13);
    expect(worst(MPMATH.regIncBeta.map(([x, a, b, , c]) => [S.regIncBetaComplement(x, a, b), c]))).toBeLessThan(5e-13);
  });

  it('has the closed forms I_x(a, 1) = xᵃ, I_x(1, a) = 1 − (1 − x)ᵃ and I_x(a, b) = 1 − I_{1−x}(b, a)', () => {
    for (const [x, a] of [[0.3, 2.5], [0.9, 0.7], [1e-4, 3]] as const) {
      expect(relError(S.regIncBeta(x, a, 1), x ** a)).toBeLessThan(1e-14);
      expect(relError(S.regIncBeta(x, 1, a), -Math.expm1(a * Math.log1p(-x)))).toBeLessThan(1e-14);
      expect(relError(S.regIncBeta(x, a, 3.5), S.regIncBetaComplement(1 - x, 3.5, a, x))).toBeLessThan(1e-14);
    }
    expect(S.regIncBeta(0, 2, 3)).toBe(0);
    expect(S.regIncBeta(1, 2, 3)).toBe(1);
    expect(Number.isNaN(S.regIncBeta(0.5, 0, 3))).toBe(true);
  });

  it('P(a, x) and Q(a, x) match mpmath, and P(1, x) = 1 − e^{−x}, P(½, x) = erf(√x)', () => {
    expect(worst(MPMATH.regGamma.map(([a, x, p]) => [S.regGammaP(a, x), p]))).toBeLessThan(1e-12);
    expect(worst(MPMATH.regGamma.map(([a, x, , q]) => [S.regGammaQ(a, x), q]))).toBeLessThan(1e-12);
    for (const x of [0.01, 0.7, 3, 12]) {
      expect(relError(S.regGammaP(1, x), -Math.expm1(-x))).toBeLessThan(1e-14);
      expect(relError(S.regGammaQ(1, x), Math.exp(-x))).toBeLessThan(1e-14);
      expect(relError(S.regGammaP(0.5, x), S.erf(Math.sqrt(x)))).toBeLessThan(1e-14);
    }
  });
});

describe('reference-kit stats: Student t, chi-square and F', () => {
  it('t survival function and density match mpmath, including p-values near 1e-50', () => {
    expect(worst(MPMATH.studentTSf.map(([t, df, v]) => [S.studentTSf(t, df), v]))).toBeLessThan(1e-12);
    expect(worst(MPMATH.studentTPdf.map(([t, df, v]) => [S.studentTPdf(t, df), v]))).toBeLessThan(1e-12);
    // closed forms: ν = 1 is Cauchy, ν = 2 has cdf ½ + t / (2√(2 + t²))
    for (const t of [-3, -0.4, 0.9, 7]) {
      expect(S.studentTCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 14);
      expect(S.studentTCdf(t, 2)).toBeCloseTo(0.5 + t / (2 * Math.sqrt(2 + t * t)), 14);
      expect(relError(S.studentTTwoSided(t, 7.5), 2 * S.studentTSf(Math.abs(t), 7.5))).toBeLessThan(1e-14);
    }
    expect(S.studentTSf(0, 4)).toBe(0.5);
    expect(S.studentTTwoSided(Number.POSITIVE_INFINITY, 4)).toBe(0);
    expect(relError(S.studentTSf(2, Number.POSITIVE_INFINITY), S.normalSf(2))).toBe(0);
  });

  it('t quantiles invert the cdf and reproduce the printed tables (t_{0.975,10} = 2.228, t_{0.995,10} = 3.169)', () => {
    const rows = MPMATH.studentTQuantile.filter(([p]) => Math.abs(p - 0.5) > 1e-3);
    expect(worst(rows.map(([p, df, t]) => [S.studentTQuantile(p, df), t]))).toBeLessThan(1e-12);
    expect(S.studentTQuantile(0.975, 10)).toBeCloseTo(2.228, 3);
    expect(S.studentTQuantile(0.995, 10)).toBeCloseTo(3.169, 3);
    expect(S.studentTQuantile(0.95, 20)).toBeCloseTo(1.725, 3);
    // closed form for ν = 2: (2p − 1)/√(2p(1 − p))
    expect(relError(S.studentTQuantile(0.975, 2), (2 * 0.975 - 1) / Math.sqrt(2 * 0.975 * 0.025))).toBeLessThan(1e-13);
    expect(S.studentTQuantile(0.5, 3)).toBe(0);
    expect(Number.isNaN(S.studentTQuantile(0.9, 0))).toBe(true);
  });

  it('chi-square cdf, sf and quantiles match mpmath and the printed table (χ²_{0.95,1} = 3.841, χ²_{0.95,10} = 18.307)', () => {
    expect(worst(MPMATH.chiSquare.map(([x, k, c]) => [S.chiSquareCdf(x, k), c]))).toBeLessThan(1e-13);
    expect(worst(MPMATH.chiSquare.map(([x, k, , s]) => [S.chiSquareSf(x, k), s]))).toBeLessThan(1e-13);
    expect(worst(MPMATH.chiSquareQuantile.map(([p, k, x]) => [S.chiSquareQuantile(p, k), x]))).toBeLessThan(1e-12);
    expect(S.chiSquareQuantile(0.95, 1)).toBeCloseTo(3.841, 3);
    expect(S.chiSquareQuantile(0.95, 10)).toBeCloseTo(18.307, 3);
    expect(S.chiSquareQuantile(0.99, 5)).toBeCloseTo(15.086, 3);
    expect(relError(S.chiSquareCdf(3, 2), -Math.expm1(-1.5))).toBeLessThan(1e-14);
  });

  it('F cdf, sf and quantiles match mpmath and the printed table (F_{0.95}(5, 10) = 3.33, F_{0.99}(3, 20) = 4.94)', () => {
    expect(worst(MPMATH.f.map(([x, a, b, c]) => [S.fCdf(x, a, b), c]))).toBeLessThan(1e-12);
    expect(worst(MPMATH.f.map(([x, a, b, , s]) => [S.fSf(x, a, b), s]))).toBeLessThan(1e-11);
    expect(worst(MPMATH.fQuantile.map(([p, a, b, x]) => [S.fQuantile(p, a, b), x]))).toBeLessThan(1e-12);
    expect(S.fQuantile(0.95, 5, 10)).toBeCloseTo(3.33, 2);
    expect(S.fQuantile(0.99, 3, 20)).toBeCloseTo(4.94, 2);
    // d1 = 2: P(F > x) = (1 + 2x/d2)^(−d2/2)
    expect(relError(S.fSf(1.7, 2, 9), (1 + (2 * 1.7) / 9) ** -4.5)).toBeLessThan(1e-14);
    // t² with ν degrees of freedom is F(1, ν)
    expect(relError(S.fSf(2.5 ** 2, 1, 12), S.studentTTwoSided(2.5, 12))).toBeLessThan(1e-13);
  });
});
