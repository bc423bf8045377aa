// expect: wrong_answer
// mistake: reports the posterior variance of μ as the predictive variance, forgetting the observation noise σ² of a new draw
// caught-by: ten observations
export function normalNormalPosterior(x: number[], sigma2: number, mu0: number, tau02: number): { muPost: number; tau2Post: number; predVar: number } {
  if (!(sigma2 > 0 && tau02 > 0) || !Number.isFinite(sigma2) || !Number.isFinite(tau02) || !Number.isFinite(mu0)) throw new Error('bad parameters');
  let s = 0;
  for (const v of x) {
    if (!Number.isFinite(v)) throw new Error('bad observation');
    s += v;
  }
  const n = x.length;
  // posterior precision = prior precision + n × data precision
  const tau2Post = 1 / (1 / tau02 + n / sigma2);
  const muPost = tau2Post * (mu0 / tau02 + s / sigma2);
  return { muPost, tau2Post, predVar: tau2Post };
}
