// expect: wrong_answer
// mistake: log(sum(exp(z))) without subtracting the row maximum: logits around 1000 overflow to Infinity/NaN
// caught-by: logits of 1000
export function classWeightedCE(trainLabels: number[], numClasses: number, power: number, logits: number[][], batchLabels: number[]): { weights: number[]; loss: number } {
  const cnt = new Array(numClasses).fill(0);
  for (const y of trainLabels) { if (!(y >= 0 && y < numClasses && Number.isInteger(y))) throw new Error('label'); cnt[y]++; }
  const weights = cnt.map((c) => (c === 0 ? 0 : (trainLabels.length / (numClasses * c)) ** power));
  let total = 0, wsum = 0;
  batchLabels.forEach((y, i) => {
    if (!(y >= 0 && y < numClasses && Number.isInteger(y)) || logits[i].length !== numClasses) throw new Error('label');
    const z = logits[i];
    const p = Math.exp(z[y]) / z.reduce((s, v) => s + Math.exp(v), 0);
    total += -weights[y] * Math.log(p);
    wsum += weights[y];
  });
  if (wsum === 0) throw new Error('zero weight');
  return { weights, loss: total / wsum };
}
