// Reference: plain float64 TypeScript with the reference kit's normal tails (relative accuracy ~1e-16).
import { erfc, normalCdf, normalSf } from '../../grader/reference-kit/stats.ts';

export function zTest(x: number[], mu0: number, sigma: number, alpha: number): { z: number; pTwoSided: number; pGreater: number; pLess: number; reject: number } {
  const n = x.length;
  if (n === 0) throw new Error('x must not be empty');
  if (x.some((v) => !Number.isFinite(v)) || !Number.isFinite(mu0)) throw new Error('x and mu0 must be finite');
  if (!(sigma > 0) || !Number.isFinite(sigma)) throw new Error('sigma must be a finite number > 0');
  if (!(alpha > 0 && alpha < 1)) throw new Error('alpha must lie in (0, 1)');
  let sum = 0;
  for (const v of x) sum += v;
  const z = (sum / n - mu0) / (sigma / Math.sqrt(n));
  const pTwoSided = erfc(Math.abs(z) / Math.SQRT2); // = 2·(1 − Φ(|z|)), without the cancellation
  return { z, pTwoSided, pGreater: normalSf(z), pLess: normalCdf(z), reject: pTwoSided < alpha ? 1 : 0 };
}
