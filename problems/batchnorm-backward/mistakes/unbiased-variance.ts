// expect: wrong_answer
// mistake: normalizes with the unbiased batch variance (divides by m − 1) instead of the biased one
// caught-by: inputs around 1e3, larger batch
export function batchNormBackward(
  x: number[][],
  gamma: number[],
  dY: number[][],
  eps: number,
): { dX: number[][]; dGamma: number[]; dBeta: number[] } {
  const m = x.length;
  const mu = gamma.map((_, j) => x.reduce((a, r) => a + r[j]!, 0) / m);
  const varU = gamma.map((_, j) => (m > 1 ? x.reduce((a, r) => a + (r[j]! - mu[j]!) ** 2, 0) / (m - 1) : 0));
  const sd = varU.map((v) => Math.sqrt(v + eps));
  const xhat = x.map((r) => r.map((v, j) => (v - mu[j]!) / sd[j]!));
  const dBeta = gamma.map((_, j) => dY.reduce((a, r) => a + r[j]!, 0));
  const dGamma = gamma.map((_, j) => dY.reduce((a, r, i) => a + r[j]! * xhat[i]![j]!, 0));
  const dX = dY.map((r, i) => r.map((g, j) => (gamma[j]! / (m * sd[j]!)) * (m * g - dBeta[j]! - xhat[i]![j]! * dGamma[j]!)));
  return { dX, dGamma, dBeta };
}
