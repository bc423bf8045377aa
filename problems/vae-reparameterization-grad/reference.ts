import { sigmoid, softplus } from '../../grader/reference-kit/float64.ts';

function checkMatrix(name: string, m: number[][], rows: number, cols: number): void {
  if (m.length !== rows || m.some((r) => r.length !== cols)) throw new Error(`${name} must be ${rows}×${cols}`);
}

/**
 * Plain float64 negative ELBO of a VAE with a linear decoder, through the reparameterization
 * z = μ + e^{logVar/2}·ε, and its gradients with respect to μ and logVar (batch means).
 */
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
  if (B === 0) throw new Error('the batch must not be empty');
  const d = x[0]!.length;
  const k = mu[0]?.length ?? 0;
  if (d === 0 || k === 0) throw new Error('x and mu must have at least one column');
  checkMatrix('x', x, B, d);
  checkMatrix('mu', mu, B, k);
  checkMatrix('logVar', logVar, B, k);
  checkMatrix('eps', eps, B, k);
  checkMatrix('W', W, k, d);
  if (c.length !== d) throw new Error(`c must have length ${d}`);
  if (likelihood !== 'bernoulli' && likelihood !== 'gaussian') throw new Error('likelihood must be "bernoulli" or "gaussian"');
  if (likelihood === 'bernoulli' && x.some((r) => r.some((v) => !(v >= 0 && v <= 1)))) throw new Error('Bernoulli targets must lie in [0, 1]');

  let recon = 0;
  let kl = 0;
  const z: number[][] = [];
  const dMu: number[][] = [];
  const dLogVar: number[][] = [];
  for (let b = 0; b < B; b++) {
    const sd = logVar[b]!.map((lv) => Math.exp(0.5 * lv));
    const zb = mu[b]!.map((m, j) => m + sd[j]! * eps[b]![j]!);
    z.push(zb);
    const a = c.map((cj, i) => zb.reduce((s, zv, j) => s + zv * W[j]![i]!, cj));
    const dA = a.map((ai, i) => {
      const t = x[b]![i]!;
      if (likelihood === 'bernoulli') {
        recon += softplus(ai) - t * ai; // −[t log σ(a) + (1 − t) log(1 − σ(a))]
        return sigmoid(ai) - t;
      }
      recon += 0.5 * (t - ai) * (t - ai);
      return ai - t;
    });
    const G = W.map((row) => row.reduce((s, w, i) => s + w * dA[i]!, 0)); // ∂recon/∂z
    mu[b]!.forEach((m, j) => {
      const lv = logVar[b]![j]!;
      kl += 0.5 * (Math.exp(lv) + m * m - 1 - lv);
    });
    dMu.push(G.map((g, j) => (g + mu[b]![j]!) / B));
    dLogVar.push(G.map((g, j) => (0.5 * g * eps[b]![j]! * sd[j]! + 0.5 * (Math.exp(logVar[b]![j]!) - 1)) / B));
  }
  recon /= B;
  kl /= B;
  return { z, recon, kl, loss: recon + kl, dMu, dLogVar };
}
