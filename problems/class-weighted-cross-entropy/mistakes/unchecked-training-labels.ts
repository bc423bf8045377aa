// expect: wrong_answer
// mistake: validates the batch but not the training labels, so a training label ≥ K is counted into a stray slot instead of rejected
// caught-by: training label out of range throws
export function classWeightedCE(trainLabels: number[], numClasses: number, power: number, logits: number[][], batchLabels: number[]): { weights: number[]; loss: number } {
  const valid = (y: number) => Number.isInteger(y) && y >= 0 && y < numClasses;
  const cnt = new Array(numClasses).fill(0);
  for (const y of trainLabels) {
    cnt[y]++;
  }
  const weights = cnt.map((c) => (c === 0 ? 0 : (trainLabels.length / (numClasses * c)) ** power));
  let total = 0, wsum = 0;
  for (let i = 0; i < batchLabels.length; i++) {
    const y = batchLabels[i];
    const z = logits[i];
    if (!valid(y) || !z || z.length !== numClasses) throw new Error('bad batch entry');
    let mx = -Infinity;
    for (const v of z) if (v > mx) mx = v;
    let se = 0;
    for (const v of z) se += Math.exp(v - mx);
    const logp = z[y] - mx - Math.log(se);
    total += -weights[y] * logp;
    wsum += weights[y];
  }
  if (wsum === 0) throw new Error('zero total weight');
  return { weights, loss: total / wsum };
}
