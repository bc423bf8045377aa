// expect: wrong_answer
// mistake: computes tail probabilities as 1 − Φ(z), which cancels to 0 once Φ(z) rounds to 1, so tiny p-values come back as exactly 0
// caught-by: a huge effect
// Upper normal tail Q(z) = P(Z > z) with relative accuracy in both tails.
function upperTail(z: number): number {
  if (z < 0) return 1 - upperTail(-z);
  const t = z / Math.SQRT2;
  if (t < 2) {
    // erf series, then 0.5·erfc
    let term = t, sum = t;
    for (let k = 1; k < 100; k++) {
      term *= (-t * t) / k;
      const add = term / (2 * k + 1);
      sum += add;
      if (Math.abs(add) < 1e-17) break;
    }
    return 0.5 * (1 - (2 / Math.sqrt(Math.PI)) * sum);
  }
  let f = 0;
  for (let k = 80; k >= 1; k--) f = k / 2 / (t + f);
  return (0.5 * Math.exp(-t * t)) / Math.sqrt(Math.PI) / (t + f);
}

export function zTest(x: number[], mu0: number, sigma: number, alpha: number): { z: number; pTwoSided: number; pGreater: number; pLess: number; reject: number } {
  const n = x.length;
  if (n === 0 || !Number.isFinite(mu0) || x.some((v) => !Number.isFinite(v))) throw new Error('bad data');
  if (!(sigma > 0) || !Number.isFinite(sigma)) throw new Error('sigma must be positive');
  if (!(alpha > 0 && alpha < 1)) throw new Error('alpha must be in (0, 1)');
  const mean = x.reduce((s, v) => s + v, 0) / n;
  const z = (mean - mu0) / (sigma / Math.sqrt(n));
  const cdf = (v: number) => 1 - upperTail(v);
  const pGreater = 1 - cdf(z);
  const pLess = cdf(z);
  const pTwoSided = Math.min(1, 2 * (1 - cdf(Math.abs(z))));
  return { z, pTwoSided, pGreater, pLess, reject: pTwoSided < alpha ? 1 : 0 };
}
