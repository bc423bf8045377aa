// expect: wrong_answer
// mistake: sums raw squares, which overflow to Infinity for entries near 1e200, so every gradient collapses to 0
// caught-by: huge gradients do not overflow
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
  for (const row of grads) for (const g of row) sumSq += g * g;
  const totalNorm = Math.sqrt(sumSq);
  const coef = maxNorm / (totalNorm + 1e-6);
  const scale = Math.min(1, coef);
  return {
    byValue: grads.map((row) => row.map((g) => (g > clipValue ? clipValue : g < -clipValue ? -clipValue : g))),
    byGlobalNorm: grads.map((row) => row.map((g) => g * scale)),
    totalNorm,
  };
}
