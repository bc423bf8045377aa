// expect: wrong_answer
// mistake: computes the p-value as 1 − K(λ) from the Kolmogorov CDF, which rounds to 0 for strong drift instead of a tiny positive p
// caught-by: strong drift: a tiny p-value
function phi(z: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(z));
  const poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  const tail = (Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI)) * poly;
  return z >= 0 ? 1 - tail : tail;
}
function qSeries(lam: number): number {
  if (lam < 0.2) return 1;
  let s = 0;
  for (let k = 1; k < 10000; k++) {
    const t = Math.exp(-2 * k * k * lam * lam);
    s += k % 2 ? 2 * t : -2 * t;
    if (2 * t < 1e-16) break;
  }
  const cdf = 1 - s;
  return Math.max(0, Math.min(1, 1 - cdf));
}
function oneSample(a: number[], mu: number, sigma: number): number {
  const s = a.slice().sort((x, y) => x - y);
  let d = 0;
  for (let i = 0; i < s.length; i++) {
    const F = phi((s[i]! - mu) / sigma);
    d = Math.max(d, (i + 1) / s.length - F, F - i / s.length);
  }
  return d;
}
export function ksStatistics(a: number[], b: number[], mu: number, sigma: number): { dTwoSample: number; dOneSampleA: number; pAsymptotic: number } {
  if (!a.length || !b.length) throw new Error('empty sample');
  if (!(sigma > 0)) throw new Error('sigma must be > 0');
  // evaluate both ECDFs at every distinct pooled value (binary search for the count <= t)
  const sa = a.slice().sort((x, y) => x - y), sb = b.slice().sort((x, y) => x - y);
  const countLE = (s: number[], t: number) => { let lo = 0, hi = s.length; while (lo < hi) { const m = (lo + hi) >> 1; if (s[m]! <= t) lo = m + 1; else hi = m; } return lo; };
  let D = 0;
  for (const t of new Set([...sa, ...sb])) D = Math.max(D, Math.abs(countLE(sa, t) / sa.length - countLE(sb, t) / sb.length));
  const ne = (a.length * b.length) / (a.length + b.length);
  return { dTwoSample: D, dOneSampleA: oneSample(a, mu, sigma), pAsymptotic: qSeries(Math.sqrt(ne) * D) };
}
