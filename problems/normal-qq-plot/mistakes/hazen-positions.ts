// expect: wrong_answer
// mistake: uses the plotting positions (i − 0.5)/n instead of Filliben's order-statistic medians that scipy's probplot uses
// caught-by: twenty residuals
// Φ by an accurate erfc, Φ⁻¹ by Newton's method on it.
function upper(z: number): number {
  if (z < 0) return 1 - upper(-z);
  const t = z / Math.SQRT2;
  if (t < 2) {
    let term = t, s = t;
    for (let k = 1; k < 100; k++) { term *= (-t * t) / k; const a = term / (2 * k + 1); s += a; if (Math.abs(a) < 1e-18) break; }
    return 0.5 - s / Math.sqrt(Math.PI);
  }
  let f = 0;
  for (let k = 80; k >= 1; k--) f = k / 2 / (t + f);
  return (0.5 * Math.exp(-t * t)) / Math.sqrt(Math.PI) / (t + f);
}
function probit(p: number): number {
  if (p > 0.5) return -probit(1 - p);
  let x = -Math.sqrt(-2 * Math.log(p)) + 1; // rough start in the lower half
  if (p > 0.3) x = (p - 0.5) * Math.sqrt(2 * Math.PI);
  for (let i = 0; i < 100; i++) {
    const err = (1 - upper(x)) - p;
    const step = err / (Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI));
    x -= step;
    if (Math.abs(step) < 1e-15 * Math.max(1, Math.abs(x))) break;
  }
  return x;
}
export function normalQQ(x: number[]): [number[], number[], number[]] {
  const n = x.length;
  if (n === 0 || x.some((v) => !Number.isFinite(v))) throw new Error('x must be a non-empty finite array');
  const u: number[] = [];
  for (let i = 1; i <= n; i++) u.push((i - 0.5) / n);
  const osm = u.map(probit);
  const osr = x.slice().sort((a, b) => a - b);
  const xm = osm.reduce((a, b) => a + b, 0) / n, ym = osr.reduce((a, b) => a + b, 0) / n;
  let sxx = 0, sxy = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (osm[i]! - xm) ** 2; sxy += (osm[i]! - xm) * (osr[i]! - ym); syy += (osr[i]! - ym) ** 2;
  }
  if (n === 1) return [osm, osr, [NaN, NaN, NaN]];
  const slope = sxy / sxx;
  const r = syy === 0 ? NaN : Math.min(1, Math.max(-1, sxy / Math.sqrt(sxx * syy)));
  return [osm, osr, [slope, ym - slope * xm, r]];
}
