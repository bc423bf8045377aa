// expect: wrong_answer
// mistake: computes the variance as E[x²] − E[x]², which cancels catastrophically when the data sit far from 0
// caught-by: data around one billion
export function gaussianMle(x: number[]): { mu: number; sigma2: number; sigma2Unbiased: number; logLik: number } {
  const n = x.length;
  if (n === 0) throw new Error('empty sample');
  let s = 0, s2 = 0;
  for (const v of x) {
    if (!Number.isFinite(v)) throw new Error('non-finite value');
    s += v; s2 += v * v;
  }
  const mean = s / n;
  const m2 = Math.max(0, s2 - n * mean * mean);
  const sigma2 = m2 / n;
  return {
    mu: mean,
    sigma2,
    sigma2Unbiased: n > 1 ? m2 / (n - 1) : NaN,
    logLik: sigma2 === 0 ? Infinity : (-n / 2) * (Math.log(2 * Math.PI * sigma2) + 1),
  };
}
