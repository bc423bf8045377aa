// Reference: plain float64 TypeScript; the norm is accumulated with scaling so 1e200 entries do not overflow.
export function clipGradients(grads: number[][], clipValue: number, maxNorm: number): { byValue: number[][]; byGlobalNorm: number[][]; totalNorm: number } {
  if (!(clipValue > 0) || !Number.isFinite(clipValue)) throw new Error('clipValue must be a positive finite number');
  if (!(maxNorm > 0) || !Number.isFinite(maxNorm)) throw new Error('maxNorm must be a positive finite number');
  let scale = 0;
  for (const row of grads) {
    for (const g of row) {
      if (!Number.isFinite(g)) throw new Error('gradients must be finite');
      scale = Math.max(scale, Math.abs(g));
    }
  }
  let sum = 0;
  if (scale > 0) for (const row of grads) for (const g of row) sum += (g / scale) ** 2;
  const totalNorm = scale * Math.sqrt(sum);
  const coef = maxNorm / (totalNorm + 1e-6);
  const factor = coef < 1 ? coef : 1;
  return {
    byValue: grads.map((row) => row.map((g) => Math.min(clipValue, Math.max(-clipValue, g)))),
    byGlobalNorm: grads.map((row) => row.map((g) => g * factor)),
    totalNorm,
  };
}
