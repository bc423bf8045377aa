// expect: wrong_answer
// mistake: uses e^{logvar/2} (the standard deviation) where the KL needs the variance e^{logvar}
// caught-by: large log-variance
export function vaeLoss(recon: number[][], x: number[][], mu: number[][], logvar: number[][]): { recon: number; kl: number; total: number } {
  const n = x.length;
  if (n === 0) throw new Error('empty batch');
  const d = x[0].length, k = mu[0]?.length ?? 0;
  if (recon.length !== n || [...recon, ...x].some((r) => r.length !== d)) throw new Error('recon/x shapes');
  if (mu.length !== n || logvar.length !== n || [...mu, ...logvar].some((r) => r.length !== k)) throw new Error('mu/logvar shapes');

  let rec = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < d; j++) {
      const p = recon[i][j], t = x[i][j];
      if (!(p >= 0 && p <= 1) || !(t >= 0 && t <= 1)) throw new Error('values must lie in [0, 1]');
      // binary cross-entropy with each log clamped at −100 (log 0 = −Infinity otherwise)
      rec -= t * Math.max(Math.log(p), -100) + (1 - t) * Math.max(Math.log(1 - p), -100);
    }
  let kl = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < k; j++) kl += -0.5 * (1 + logvar[i][j] - mu[i][j] ** 2 - Math.exp(logvar[i][j] / 2));
  return { recon: rec, kl, total: rec + kl };
}
