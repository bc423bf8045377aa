// Reference: plain float64 TypeScript (precisions add).

export function normalNormalPosterior(x: number[], sigma2: number, mu0: number, tau02: number): { muPost: number; tau2Post: number; predVar: number } {
  if (!(sigma2 > 0) || !(tau02 > 0) || !Number.isFinite(sigma2) || !Number.isFinite(tau02)) throw new Error('sigma2 and tau02 must be finite and > 0');
  if (!Number.isFinite(mu0) || x.some((v) => !Number.isFinite(v))) throw new Error('mu0 and x must be finite');
  const n = x.length;
  const sum = x.reduce((a, b) => a + b, 0);
  const precision = 1 / tau02 + n / sigma2;
  const tau2Post = 1 / precision;
  const muPost = tau2Post * (mu0 / tau02 + sum / sigma2);
  return { muPost, tau2Post, predVar: sigma2 + tau2Post };
}
