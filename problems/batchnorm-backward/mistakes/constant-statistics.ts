// expect: wrong_answer
// mistake: treats the batch mean and variance as constants, so dX = γ·dY/√(σ²+ε)
// caught-by: constant dY gives zero dX
export function batchNormBackward(
  x: number[][],
  gamma: number[],
  dY: number[][],
  eps: number,
): { dX: number[][]; dGamma: number[]; dBeta: number[] } {
  const m = x.length, d = gamma.length;
  const mu = gamma.map((_, j) => x.reduce((a, r) => a + r[j]!, 0) / m);
  const sd = gamma.map((_, j) => Math.sqrt(x.reduce((a, r) => a + (r[j]! - mu[j]!) ** 2, 0) / m + eps));
  const dX = dY.map((r) => r.map((g, j) => (gamma[j]! * g) / sd[j]!));
  const dGamma = gamma.map((_, j) => x.reduce((a, r, i) => a + dY[i]![j]! * (r[j]! - mu[j]!) / sd[j]!, 0));
  const dBeta = gamma.map((_, j) => dY.reduce((a, r) => a + r[j]!, 0));
  void d;
  return { dX, dGamma, dBeta };
}
