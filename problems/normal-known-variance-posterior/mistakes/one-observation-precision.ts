// expect: wrong_answer
// mistake: adds the data precision 1/σ² once instead of n/σ², as if the whole sample were one observation
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
  const tau2Post = 1 / (1 / tau02 + 1 / sigma2);
  const muPost = tau2Post * (mu0 / tau02 + s / sigma2);
  return { muPost, tau2Post, predVar: sigma2 + tau2Post };
}
