// expect: wrong_answer
// mistake: back-propagates through the mean but forgets the variance path (drops the x̂·Σ dy·x̂ term)
// caught-by: two examples
export function batchNormBackward(
  x: number[][],
  gamma: number[],
  dY: number[][],
  eps: number,
): { dX: number[][]; dGamma: number[]; dBeta: number[] } {
  const m = x.length;
  const mu = gamma.map((_, j) => x.reduce((a, r) => a + r[j]!, 0) / m);
  const sd = gamma.map((_, j) => Math.sqrt(x.reduce((a, r) => a + (r[j]! - mu[j]!) ** 2, 0) / m + eps));
  const dBeta = gamma.map((_, j) => dY.reduce((a, r) => a + r[j]!, 0));
  const dGamma = gamma.map((_, j) => x.reduce((a, r, i) => a + dY[i]![j]! * (r[j]! - mu[j]!) / sd[j]!, 0));
  const dX = dY.map((r) => r.map((g, j) => (gamma[j]! / sd[j]!) * (g - dBeta[j]! / m)));
  return { dX, dGamma, dBeta };
}
