// expect: wrong_answer
// mistake: walks the merged sorted list one element at a time and takes the max after every step, so tied values inflate D
// caught-by: all tied values
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
  return Math.max(0, Math.min(1, s));
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
  const sa = a.slice().sort((x, y) => x - y), sb = b.slice().sort((x, y) => x - y);
  let i = 0, j = 0, D = 0;
  while (i < sa.length || j < sb.length) {
    if (j >= sb.length || (i < sa.length && sa[i]! <= sb[j]!)) i++; else j++;
    D = Math.max(D, Math.abs(i / sa.length - j / sb.length));
  }
  const ne = (a.length * b.length) / (a.length + b.length);
  return { dTwoSample: D, dOneSampleA: oneSample(a, mu, sigma), pAsymptotic: qSeries(Math.sqrt(ne) * D) };
}
