// Reference: plain float64 TypeScript; the log-density directly, the density as its exponential.

export function normalPdf(x: number[], mu: number, sigma2: number): { pdf: number[]; logPdf: number[] } {
  if (!(sigma2 > 0) || !Number.isFinite(sigma2) || !Number.isFinite(mu)) throw new Error('mu must be finite and sigma2 a finite number > 0');
  if (x.some((v) => Number.isNaN(v))) throw new Error('x must not contain NaN');
  const logNorm = -0.5 * Math.log(2 * Math.PI * sigma2);
  const logPdf = x.map((v) => (Number.isFinite(v) ? logNorm - ((v - mu) * (v - mu)) / (2 * sigma2) : Number.NEGATIVE_INFINITY));
  return { pdf: logPdf.map((l) => Math.exp(l)), logPdf };
}
