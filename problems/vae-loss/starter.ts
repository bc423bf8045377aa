export function vaeLoss(recon: number[][], x: number[][], mu: number[][], logvar: number[][]): { recon: number; kl: number; total: number } {
  // TODO: summed binary cross-entropy (logs clamped at −100) plus −½ Σ (1 + logvar − μ² − e^logvar)
  return { recon: 0, kl: 0, total: 0 };
}
