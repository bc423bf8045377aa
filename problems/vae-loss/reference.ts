function checkMatrix(name: string, m: number[][], rows: number, cols: number): void {
  if (m.length !== rows || m.some((r) => r.length !== cols)) throw new Error(`${name} must be ${rows}×${cols}`);
}

/**
 * Plain float64 VAE loss with sum reduction: Bernoulli reconstruction (binary cross-entropy with each
 * log clamped at −100, as PyTorch's BCELoss does) plus the Gaussian KL to N(0, I).
 */
export function vaeLoss(recon: number[][], x: number[][], mu: number[][], logvar: number[][]): { recon: number; kl: number; total: number } {
  const n = x.length;
  if (n === 0) throw new Error('the batch must not be empty');
  const d = x[0]!.length;
  const k = mu[0]?.length ?? 0;
  checkMatrix('x', x, n, d);
  checkMatrix('recon', recon, n, d);
  checkMatrix('mu', mu, n, k);
  checkMatrix('logvar', logvar, n, k);
  if ([...recon, ...x].some((r) => r.some((v) => !(v >= 0 && v <= 1)))) throw new Error('recon and x must lie in [0, 1]');
  const clampedLog = (p: number) => Math.max(Math.log(p), -100);
  let rec = 0;
  recon.forEach((row, i) => row.forEach((p, j) => {
    const t = x[i]![j]!;
    rec -= t * clampedLog(p) + (1 - t) * clampedLog(1 - p);
  }));
  let kl = 0;
  mu.forEach((row, i) => row.forEach((m, j) => {
    const lv = logvar[i]![j]!;
    kl += -0.5 * (1 + lv - m * m - Math.exp(lv));
  }));
  return { recon: rec, kl, total: rec + kl };
}
