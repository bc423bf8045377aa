export function vaeElboGrad(
  x: number[][],
  mu: number[][],
  logVar: number[][],
  eps: number[][],
  W: number[][],
  c: number[],
  likelihood: 'bernoulli' | 'gaussian',
): { z: number[][]; recon: number; kl: number; loss: number; dMu: number[][]; dLogVar: number[][] } {
  const B = x.length;
  if (B === 0) throw new Error('empty batch');
  const d = x[0].length, k = mu[0]?.length ?? 0;
  const shaped = (m: number[][], rows: number, cols: number) => m.length === rows && m.every((r) => r.length === cols);
  if (!d || !k || !shaped(x, B, d) || !shaped(mu, B, k) || !shaped(logVar, B, k) || !shaped(eps, B, k) || !shaped(W, k, d) || c.length !== d) throw new Error('shapes');
  if (likelihood !== 'bernoulli' && likelihood !== 'gaussian') throw new Error('likelihood');
  if (likelihood === 'bernoulli' && x.some((r) => r.some((v) => !(v >= 0 && v <= 1)))) throw new Error('targets must lie in [0, 1]');

  const softplus = (v: number) => Math.max(v, 0) + Math.log1p(Math.exp(-Math.abs(v)));
  const sigmoid = (v: number) => (v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v)));
  let recon = 0, kl = 0;
  const z: number[][] = [], dMu: number[][] = [], dLogVar: number[][] = [];
  for (let b = 0; b < B; b++) {
    const sigma = logVar[b].map((lv) => Math.exp(lv / 2));
    const zb = mu[b].map((m, j) => m + sigma[j] * eps[b][j]); // reparameterization: the noise is an input
    z.push(zb);
    // decoder a = zW + c, and the gradient of the reconstruction term with respect to a
    const dA = new Array(d);
    for (let i = 0; i < d; i++) {
      let a = c[i];
      for (let j = 0; j < k; j++) a += zb[j] * W[j][i];
      if (likelihood === 'bernoulli') {
        recon += softplus(a) - x[b][i] * a; // binary cross-entropy from the logit a
        dA[i] = sigmoid(a) - x[b][i];
      } else {
        recon += 0.5 * (a - x[b][i]) ** 2;
        dA[i] = a - x[b][i];
      }
    }
    const dMuRow = new Array(k), dLvRow = new Array(k);
    for (let j = 0; j < k; j++) {
      let g = 0; // ∂recon/∂z_j
      for (let i = 0; i < d; i++) g += W[j][i] * dA[i];
      const v = Math.exp(logVar[b][j]);
      kl += 0.5 * (v + mu[b][j] ** 2 - 1 - logVar[b][j]);
      dMuRow[j] = (g + mu[b][j]) / B; // ∂z/∂μ = 1, ∂KL/∂μ = μ
      dLvRow[j] = (g * eps[b][j] * sigma[j] / 2 + (v - 1) / 2) / B; // ∂z/∂logVar = ε·σ/2
    }
    dMu.push(dMuRow);
    dLogVar.push(dLvRow);
  }
  return { z, recon: recon / B, kl: kl / B, loss: (recon + kl) / B, dMu, dLogVar };
}
