// Reference: plain float64 TypeScript, closed forms for the conjugate model z ~ N(0, 1), xᵢ | z ~ N(z, σ²).

export function gaussianElbo(x: number[], sigma2: number, m: number, s2: number): { elbo: number; logEvidence: number; gap: number } {
  if (!(sigma2 > 0) || !(s2 > 0) || !Number.isFinite(sigma2) || !Number.isFinite(s2)) throw new Error('sigma2 and s2 must be finite and > 0');
  if (!Number.isFinite(m) || x.some((v) => !Number.isFinite(v))) throw new Error('m and x must be finite');
  const n = x.length;
  let sum = 0, sumSq = 0, expectedLogLik = 0;
  for (const v of x) {
    sum += v;
    sumSq += v * v;
    expectedLogLik += -0.5 * Math.log(2 * Math.PI * sigma2) - ((v - m) * (v - m) + s2) / (2 * sigma2);
  }
  const kl = 0.5 * (s2 + m * m - 1 - Math.log(s2));
  const elbo = expectedLogLik - kl;
  // x ~ N(0, C) with C = σ²I + 11ᵀ: |C| = σ^{2(n−1)}(σ² + n), xᵀC⁻¹x = (Σx² − (Σx)²/(σ² + n))/σ²
  const logDetC = (n - 1) * Math.log(sigma2) + Math.log(sigma2 + n);
  const quad = (sumSq - (sum * sum) / (sigma2 + n)) / sigma2;
  const logEvidence = -0.5 * (n * Math.log(2 * Math.PI) + logDetC + quad);
  return { elbo, logEvidence, gap: logEvidence - elbo };
}
