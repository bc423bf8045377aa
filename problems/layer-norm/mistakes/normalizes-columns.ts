// expect: wrong_answer
// mistake: normalizes each feature over the batch (batch norm) instead of each row over its features
// caught-by: constant rows give beta
export function layerNorm(x: number[][], gamma: number[], beta: number[], eps: number): number[][] {
  const n = x.length;
  const d = x[0]?.length ?? 0;
  const mu = new Array<number>(d).fill(0);
  const vr = new Array<number>(d).fill(0);
  for (const row of x) row.forEach((v, j) => { mu[j]! += v / n; });
  for (const row of x) row.forEach((v, j) => { vr[j]! += (v - mu[j]!) ** 2 / n; });
  return x.map((row) => row.map((v, j) => gamma[j]! * (v - mu[j]!) / Math.sqrt(vr[j]! + eps) + beta[j]!));
}
