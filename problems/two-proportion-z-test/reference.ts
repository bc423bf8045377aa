// Reference: plain float64 TypeScript with an accurate erfc (|error| < 1e-13).
/** erfc(x) for x >= 0 in float64: positive-term series below 3, continued fraction above. */
function erfcPos(x: number): number {
  if (x < 3) {
    // erf(x) = 2/sqrt(pi) * exp(-x^2) * sum_{n>=0} 2^n x^(2n+1) / (1*3*...*(2n+1))
    let term = x, sum = x;
    for (let n = 1; n < 200; n++) {
      term *= (2 * x * x) / (2 * n + 1);
      sum += term;
      if (term < 1e-17 * sum) break;
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x) * sum;
  }
  // erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...)))))
  let f = x;
  for (let k = 60; k >= 1; k--) f = x + k / 2 / f;
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}
/** Standard normal upper tail P(Z > z). */
function normalSf(z: number): number {
  return z >= 0 ? 0.5 * erfcPos(z / Math.SQRT2) : 1 - 0.5 * erfcPos(-z / Math.SQRT2);
}

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
