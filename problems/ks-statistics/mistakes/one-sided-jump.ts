// expect: wrong_answer
// mistake: one-sample D checks only the top of each ECDF jump (i/n − F), missing F − (i−1)/n; p-value uses n·m/(n+m) wrongly as n+m
// caught-by: single values
function phi(z: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(z));
  const poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  const tail = (Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI)) * poly;
  return z >= 0 ? 1 - tail : tail;
}
export function ksStatistics(a: number[], b: number[], mu: number, sigma: number): { dTwoSample: number; dOneSampleA: number; pAsymptotic: number } {
  if (!a.length || !b.length) throw new Error('empty sample');
  if (!(sigma > 0)) throw new Error('sigma must be > 0');
  const sa = a.slice().sort((x, y) => x - y), sb = b.slice().sort((x, y) => x - y);
  const cnt = (s: number[], t: number) => { let lo = 0, hi = s.length; while (lo < hi) { const m = (lo + hi) >> 1; if (s[m]! <= t) lo = m + 1; else hi = m; } return lo; };
  let D = 0;
  for (const t of [...sa, ...sb]) D = Math.max(D, Math.abs(cnt(sa, t) / sa.length - cnt(sb, t) / sb.length));
  let d1 = 0;
  sa.forEach((v, i) => { d1 = Math.max(d1, (i + 1) / sa.length - phi((v - mu) / sigma)); });
  const lam = Math.sqrt(a.length + b.length) * D;
  let p = 1;
  if (lam >= 0.2) { p = 0; for (let k = 1; k < 200; k++) p += (k % 2 ? 2 : -2) * Math.exp(-2 * k * k * lam * lam); p = Math.max(0, Math.min(1, p)); }
  return { dTwoSample: D, dOneSampleA: d1, pAsymptotic: p };
}
