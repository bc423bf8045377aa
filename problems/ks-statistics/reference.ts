// Reference: plain float64 TypeScript.
import { normalCdf } from '../../grader/reference-kit/stats.ts';

function ecdfSup(a: number[], b: number[]): number {
  const x = [...a].sort((p, q) => p - q), y = [...b].sort((p, q) => p - q);
  const n = x.length, m = y.length;
  let i = 0, j = 0, d = 0;
  while (i < n || j < m) {
    const t = Math.min(i < n ? x[i]! : Infinity, j < m ? y[j]! : Infinity);
    while (i < n && x[i]! <= t) i++;
    while (j < m && y[j]! <= t) j++;
    d = Math.max(d, Math.abs(i / n - j / m));
  }
  return d;
}

export function ksStatistics(a: number[], b: number[], mu: number, sigma: number): { dTwoSample: number; dOneSampleA: number; pAsymptotic: number } {
  if (a.length === 0 || b.length === 0) throw new Error('samples must be non-empty');
  if (!(sigma > 0)) throw new Error('sigma must be positive');
  const D = ecdfSup(a, b);
  const s = [...a].sort((p, q) => p - q);
  const n = s.length;
  let d1 = 0;
  s.forEach((v, k) => {
    const F = normalCdf(v, mu, sigma);
    d1 = Math.max(d1, (k + 1) / n - F, F - k / n);
  });
  const ne = (a.length * b.length) / (a.length + b.length);
  const lam = Math.sqrt(ne) * D;
  let p = 1;
  if (lam >= 0.2) {
    let sum = 0;
    for (let k = 1; ; k++) {
      const term = 2 * (k % 2 === 1 ? 1 : -1) * Math.exp(-2 * k * k * lam * lam);
      sum += term;
      if (Math.abs(term) < 1e-16) break;
    }
    p = Math.min(1, Math.max(0, sum));
  }
  return { dTwoSample: D, dOneSampleA: d1, pAsymptotic: p };
}
