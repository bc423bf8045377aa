// expect: wrong_answer
// mistake: checks the rates with p > 1 instead of p ≥ 1, so a treatment rate of exactly 1 gets a sample size instead of an error
// caught-by: treatment rate exactly one throws
// Φ via erf series / continued fraction, Φ⁻¹ by bisection to full precision.
function upperTail(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  let q: number;
  if (x < 2.5) {
    // erf Maclaurin series
    let term = x, s = x;
    for (let n = 1; n < 300; n++) {
      term *= (-x * x) / n;
      const add = term / (2 * n + 1);
      s += add;
      if (Math.abs(add) < 1e-18) break;
    }
    q = 0.5 * (1 - (2 / Math.sqrt(Math.PI)) * s);
  } else {
    let f = 0;
    for (let k = 80; k >= 1; k--) f = (k / 2) / (x + f);
    q = (0.5 * Math.exp(-x * x)) / Math.sqrt(Math.PI) / (x + f);
  }
  return z >= 0 ? q : 1 - q;
}
function quantile(p: number): number {
  let lo = -40, hi = 40;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (1 - upperTail(mid) < p) lo = mid; else hi = mid;
    if (hi - lo < 1e-15) break;
  }
  return (lo + hi) / 2;
}
export function abSampleSize(p1: number, mde: number, alpha: number, power: number): number {
  const p2 = p1 + mde;
  const inUnit = (v: number) => v > 0 && v <= 1;
  if (!inUnit(p1) || !inUnit(p2) || !inUnit(alpha) || !inUnit(power)) throw new Error('argument out of (0,1)');
  if (mde === 0) return Infinity;
  const zSum = quantile(1 - alpha / 2) + quantile(power);
  return Math.ceil((zSum * zSum * (p1 * (1 - p1) + p2 * (1 - p2))) / (mde * mde));
}
