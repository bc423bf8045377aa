// expect: wrong_answer
// mistake: evaluates the log-likelihood at the unbiased variance, which is not the maximiser (the MLE divides by n)
// caught-by: five measurements
export function gaussianMle(x: number[]): { mu: number; sigma2: number; sigma2Unbiased: number; logLik: number } {
  const n = x.length;
  if (n === 0) throw new Error('empty sample');
  // Welford's one-pass update
  let mean = 0, m2 = 0;
  for (let i = 0; i < n; i++) {
    const v = x[i]!;
    if (!Number.isFinite(v)) throw new Error('non-finite value');
    const delta = v - mean;
    mean += delta / (i + 1);
    m2 += delta * (v - mean);
  }
  const sigma2 = m2 / n;
  return {
    mu: mean,
    sigma2,
    sigma2Unbiased: n > 1 ? m2 / (n - 1) : NaN,
    logLik: sigma2 === 0 ? Infinity : (() => { const s = n > 1 ? m2 / (n - 1) : sigma2; return -(n / 2) * Math.log(2 * Math.PI * s) - m2 / (2 * s); })(),
  };
}
