// expect: wrong_answer
// mistake: checks only the range of a batch label (0 ≤ y < K), so a fractional label reads an undefined logit instead of being rejected
// caught-by: fractional batch label throws
export function classWeightedCE(trainLabels: number[], numClasses: number, power: number, logits: number[][], batchLabels: number[]): { weights: number[]; loss: number } {
  const valid = (y: number) => Number.isInteger(y) && y >= 0 && y < numClasses;
  const cnt = new Array(numClasses).fill(0);
  for (const y of trainLabels) {
    if (!valid(y)) throw new Error('bad training label');
    cnt[y]++;
  }
  const weights = cnt.map((c) => (c === 0 ? 0 : (trainLabels.length / (numClasses * c)) ** power));
  let total = 0, wsum = 0;
  for (let i = 0; i < batchLabels.length; i++) {
    const y = batchLabels[i];
    const z = logits[i];
    if (!(y >= 0 && y < numClasses) || !z || z.length !== numClasses) throw new Error('bad batch entry');
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
