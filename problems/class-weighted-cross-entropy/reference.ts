// Reference: plain float64 TypeScript (exact counts, stable log-sum-exp).
export function classWeightedCE(trainLabels: number[], numClasses: number, power: number, logits: number[][], batchLabels: number[]): { weights: number[]; loss: number } {
  const K = numClasses;
  const checkLabel = (y: number) => {
    if (!Number.isInteger(y) || y < 0 || y >= K) throw new Error(`label ${y} outside [0, ${K})`);
  };
  const counts = new Array<number>(K).fill(0);
  for (const y of trainLabels) { checkLabel(y); counts[y] = counts[y]! + 1; }
  const N = trainLabels.length;
  const weights = counts.map((c) => (c > 0 ? Math.pow(N / (K * c), power) : 0));
  if (logits.length !== batchLabels.length) throw new Error('logits and batchLabels differ in length');
  let num = 0, den = 0;
  logits.forEach((z, i) => {
    if (z.length !== K) throw new Error(`logits row ${i} has length ${z.length}, expected ${K}`);
    const y = batchLabels[i]!;
    checkLabel(y);
    const m = Math.max(...z);
    let s = 0;
    for (const v of z) s += Math.exp(v - m);
    const li = m + Math.log(s) - z[y]!;
    num += weights[y]! * li;
    den += weights[y]!;
  });
  if (!(den > 0)) throw new Error('total weight of the batch is 0');
  return { weights, loss: num / den };
}
