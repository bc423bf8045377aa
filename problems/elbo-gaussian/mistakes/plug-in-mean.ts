// expect: wrong_answer
// mistake: evaluates the expected log-likelihood at z = m only, dropping the s² that the spread of q adds to every squared error
// caught-by: ten observations
export function gaussianElbo(x: number[], sigma2: number, m: number, s2: number): { elbo: number; logEvidence: number; gap: number } {
  if (!Number.isFinite(sigma2) || !Number.isFinite(s2) || sigma2 <= 0 || s2 <= 0 || !Number.isFinite(m)) throw new Error('bad parameters');
  const n = x.length;
  let sx = 0, sxx = 0, rec = 0;
  for (const v of x) {
    if (!Number.isFinite(v)) throw new Error('bad observation');
    sx += v;
    sxx += v * v;
    rec += -0.5 * Math.log(2 * Math.PI * sigma2) - (v - m) ** 2 / (2 * sigma2);
  }
  const kl = 0.5 * (s2 + m * m - 1 - Math.log(s2));
  const elbo = rec - kl;
  // evidence by the chain rule: log p(x) = log p(x | z) + log p(z) − log p(z | x) at any z, here z = 0
  const postVar = sigma2 / (sigma2 + n), postMean = sx / (sigma2 + n);
  const logLikAt0 = -0.5 * n * Math.log(2 * Math.PI * sigma2) - sxx / (2 * sigma2);
  const logPrior0 = -0.5 * Math.log(2 * Math.PI);
  const logPost0 = -0.5 * Math.log(2 * Math.PI * postVar) - (postMean * postMean) / (2 * postVar);
  const logEvidence = logLikAt0 + logPrior0 - logPost0;
  return { elbo, logEvidence, gap: logEvidence - elbo };
}
