// Reference: plain float64 TypeScript with the reference kit's normal tail (relative error ~1e-16).
import { normalSf } from '../../grader/reference-kit/stats.ts';

export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number): { z: number; pValue: number } {
  for (const v of [x1, n1, x2, n2]) if (!Number.isInteger(v)) throw new Error('arguments must be integers');
  if (n1 < 1 || n2 < 1) throw new Error('group sizes must be positive');
  if (x1 < 0 || x2 < 0 || x1 > n1 || x2 > n2) throw new Error('counts must lie in [0, n]');
  const p1 = x1 / n1, p2 = x2 / n2, p = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
  const z = (p1 - p2) / se;
  if (Number.isNaN(z)) return { z: NaN, pValue: NaN };
  return { z, pValue: 2 * normalSf(Math.abs(z)) };
}
