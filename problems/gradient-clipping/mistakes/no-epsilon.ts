// expect: wrong_answer
// mistake: scales by maxNorm / N without the 1e-6 that PyTorch adds, which matters when the norm is tiny
// caught-by: tiny max norm
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
  const coef = totalNorm > 0 ? maxNorm / totalNorm : 1;
  const scale = Math.min(1, coef);
  return {
    byValue: grads.map((row) => row.map((g) => (g > clipValue ? clipValue : g < -clipValue ? -clipValue : g))),
    byGlobalNorm: grads.map((row) => row.map((g) => g * scale)),
    totalNorm,
  };
}
