// Reference: plain float64 TypeScript.

export function inceptionScore(probs: number[][]): number {
  const N = probs.length;
  if (N === 0) throw new Error('need at least one sample');
  const K = probs[0]!.length;
  if (K === 0 || probs.some((row) => row.length !== K)) throw new Error('every row needs the same, non-zero number of classes');
  for (const row of probs) {
    if (row.some((p) => !(p >= 0) || !Number.isFinite(p)) || Math.abs(row.reduce((a, b) => a + b, 0) - 1) > 1e-9) throw new Error('every row must be a probability vector');
  }
  const marginal = new Array<number>(K).fill(0);
  for (const row of probs) row.forEach((p, k) => { marginal[k]! += p / N; });
  let meanKl = 0;
  for (const row of probs) {
    let kl = 0;
    row.forEach((p, k) => { if (p > 0) kl += p * Math.log(p / marginal[k]!); });
    meanKl += kl / N;
  }
  return Math.exp(meanKl);
}
