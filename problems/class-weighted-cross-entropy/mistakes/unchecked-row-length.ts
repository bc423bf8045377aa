// expect: wrong_answer
// mistake: never checks that a logits row has K entries, so a short row is soft-maxed over fewer classes
// caught-by: logits row of the wrong length throws
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
    if (!valid(y) || !z) throw new Error('bad batch entry');
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
