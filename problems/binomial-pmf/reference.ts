// Reference: plain float64 TypeScript with the reference kit's log-gamma.
import { logChoose } from '../../grader/reference-kit/stats.ts';

export function binomialPmf(k: number[], n: number, p: number): { pmf: number[]; logPmf: number[] } {
  if (!Number.isInteger(n) || n < 0) throw new Error('n must be a non-negative integer');
  if (!(p >= 0 && p <= 1)) throw new Error('p must lie in [0, 1]');
  if (k.some((v) => Number.isNaN(v))) throw new Error('k must not contain NaN');
  const logPmf = k.map((ki) => {
    if (!Number.isInteger(ki) || ki < 0 || ki > n) return Number.NEGATIVE_INFINITY;
    // 0·log 0 = 0: p = 0 forces k = 0, p = 1 forces k = n
    const successes = ki === 0 ? 0 : ki * Math.log(p);
    const failures = n - ki === 0 ? 0 : (n - ki) * Math.log1p(-p);
    return logChoose(n, ki) + successes + failures;
  });
  return { pmf: logPmf.map((l) => Math.exp(l)), logPmf };
}
