export function vaeElboGrad(
  x: number[][],
  mu: number[][],
  logVar: number[][],
  eps: number[][],
  W: number[][],
  c: number[],
  likelihood: 'bernoulli' | 'gaussian',
): { z: number[][]; recon: number; kl: number; loss: number; dMu: number[][]; dLogVar: number[][] } {
  // TODO: z = μ + e^{logVar/2}·ε, decode, compute the losses, then back-propagate through z
  throw new Error('Not implemented');
}
