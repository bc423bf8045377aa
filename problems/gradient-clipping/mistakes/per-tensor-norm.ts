// expect: wrong_answer
// mistake: clips each tensor by its own norm instead of the norm of all tensors together
// caught-by: several tensors, only the global norm is too large
export function clipGradients(grads: number[][], clipValue: number, maxNorm: number): { byValue: number[][]; byGlobalNorm: number[][]; totalNorm: number } {
  if (!(clipValue > 0) || clipValue === Infinity) throw new Error('clipValue must be positive and finite');
  if (!(maxNorm > 0) || maxNorm === Infinity) throw new Error('maxNorm must be positive and finite');
  let maxAbs = 0;
  for (const row of grads) {
    for (const g of row) {
      if (!Number.isFinite(g)) throw new Error('non-finite gradient');
      maxAbs = Math.max(maxAbs, Math.abs(g));
    }
  }
  let sumSq = 0;
  if (maxAbs > 0) {
    for (const row of grads) for (const g of row) sumSq += (g / maxAbs) * (g / maxAbs);
  }
  const totalNorm = maxAbs * Math.sqrt(sumSq);
  const coef = maxNorm / (totalNorm + 1e-6);
  const scale = Math.min(1, coef);
  return {
    byValue: grads.map((row) => row.map((g) => (g > clipValue ? clipValue : g < -clipValue ? -clipValue : g))),
    byGlobalNorm: grads.map((row) => {
      const n = Math.sqrt(row.reduce((s, g) => s + g * g, 0));
      const f = Math.min(1, maxNorm / (n + 1e-6));
      return row.map((g) => g * f);
    }),
    totalNorm,
  };
}
