// expect: wrong_answer
// mistake: stores the biased batch variance in the running variance (the Keras-style convention), not the unbiased one
// caught-by: random 1
export function batchNorm1d(x: number[][], gamma: number[], beta: number[], runningMean: number[], runningVar: number[], training: boolean, momentum: number, eps: number): { y: number[][]; runningMean: number[]; runningVar: number[] } {
  const m = x.length;
  if (m === 0) throw new Error('empty batch');
  const d = x[0]!.length;
  if (d === 0 || x.some((r) => r.length !== d)) throw new Error('ragged batch');
  if ([gamma, beta, runningMean, runningVar].some((v) => v.length !== d)) throw new Error('parameter length mismatch');
  if (runningVar.some((v) => !(v >= 0))) throw new Error('negative running variance');
  if (!(momentum >= 0 && momentum <= 1) || !(eps > 0)) throw new Error('bad momentum or eps');
  if (training && m === 1) throw new Error('Expected more than 1 value per channel when training');
  let mean = runningMean.slice();
  let variance = runningVar.slice();
  if (training) {
    mean = new Array<number>(d).fill(0);
    variance = new Array<number>(d).fill(0);
    for (const row of x) row.forEach((v, j) => (mean[j] += v / m));
    for (const row of x) row.forEach((v, j) => (variance[j] += (v - mean[j]!) ** 2 / m));
  }
  const y = x.map((row) => row.map((v, j) => (gamma[j]! * (v - mean[j]!)) / Math.sqrt(variance[j]! + eps) + beta[j]!));
  if (!training) return { y, runningMean: runningMean.slice(), runningVar: runningVar.slice() };
  return {
    y,
    runningMean: runningMean.map((r, j) => r + momentum * (mean[j]! - r)),
    runningVar: runningVar.map((r, j) => r + momentum * (variance[j]! - r)),
  };
}
