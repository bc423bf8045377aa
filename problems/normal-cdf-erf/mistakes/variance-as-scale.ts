// expect: wrong_answer
// mistake: standardises with σ² (the variance, as the density formula's σ² tempts) instead of the standard deviation σ
// caught-by: standard deviation 2
// erf by its Maclaurin series for |t| < 2.5 and erfc by a continued fraction beyond: |error| < 1e-15.
function erfc(t: number): number {
  if (t < 0) return 2 - erfc(-t);
  if (t < 2.5) {
    let term = t, sum = t;
    for (let n = 1; n < 200; n++) {
      term *= (-t * t) / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * sum;
  }
  let f = 0;
  for (let k = 60; k >= 1; k--) f = k / 2 / (t + f);
  return Math.exp(-t * t) / Math.sqrt(Math.PI) / (t + f);
}

export function normalCdf(x: number[], mu: number, sigma: number): { cdf: number[]; within: number[] } {
  if (!Number.isFinite(mu) || !Number.isFinite(sigma) || !(sigma > 0)) throw new Error('invalid parameters');
  const cdf = x.map((v) => {
    if (Number.isNaN(v)) throw new Error('NaN in x');
    if (v === Infinity) return 1;
    if (v === -Infinity) return 0;
    return 0.5 * erfc(-(v - mu) / (sigma * sigma * Math.SQRT2));
  });
  const within = [1, 2, 3].map((k) => 1 - erfc(k / Math.SQRT2));
  return { cdf, within };
}
