// expect: wrong_answer
// mistake: uses the five-term Abramowitz–Stegun 7.1.26 approximation of erf, whose error (up to 1.5e-7) is far above the required 1e-9
// caught-by: values near the mean
function erf(t: number): number {
  const sign = t < 0 ? -1 : 1;
  const a = Math.abs(t);
  const p = 0.3275911;
  const u = 1 / (1 + p * a);
  const poly = ((((1.061405429 * u - 1.453152027) * u + 1.421413741) * u - 0.284496736) * u + 0.254829592) * u;
  return sign * (1 - poly * Math.exp(-a * a));
}
export function normalCdf(x: number[], mu: number, sigma: number): { cdf: number[]; within: number[] } {
  if (!Number.isFinite(mu) || !(sigma > 0)) throw new Error('invalid parameters');
  if (x.some((v) => Number.isNaN(v))) throw new Error('NaN');
  return { cdf: x.map((v) => 0.5 * (1 + erf((v - mu) / (sigma * Math.SQRT2)))), within: [1, 2, 3].map((k) => erf(k / Math.SQRT2)) };
}
