// Reference: plain float64 two-pass mean and variance (float32 or the E[x²] − E[x]² identity lose the digits).

export function gaussianMle(x: number[]): { mu: number; sigma2: number; sigma2Unbiased: number; logLik: number } {
  const n = x.length;
  if (n === 0) throw new Error('x must not be empty');
  if (x.some((v) => !Number.isFinite(v))) throw new Error('x must be finite');
  let sum = 0;
  for (const v of x) sum += v;
  const mu = sum / n;
  let ss = 0;
  for (const v of x) ss += (v - mu) * (v - mu);
  const sigma2 = ss / n;
  const sigma2Unbiased = n > 1 ? ss / (n - 1) : Number.NaN;
  const logLik = sigma2 > 0 ? -0.5 * n * (Math.log(2 * Math.PI * sigma2) + 1) : Number.POSITIVE_INFINITY;
  return { mu, sigma2, sigma2Unbiased, logLik };
}
