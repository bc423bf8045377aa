// expect: wrong_answer
// mistake: copies N / (K * count) without guarding count = 0, so an absent class gets weight Infinity
// caught-by: absent top classes get weight 0
export function classWeightedCE(trainLabels: number[], numClasses: number, power: number, logits: number[][], batchLabels: number[]): { weights: number[]; loss: number } {
  const cnt = new Array(numClasses).fill(0);
  for (const y of trainLabels) { if (!(y >= 0 && y < numClasses && Number.isInteger(y))) throw new Error('label'); cnt[y]++; }
  const weights = cnt.map((c) => (trainLabels.length / (numClasses * c)) ** power);
  let total = 0, wsum = 0;
  batchLabels.forEach((y, i) => {
    if (!(y >= 0 && y < numClasses && Number.isInteger(y)) || logits[i].length !== numClasses) throw new Error('label');
    const z = logits[i], m = Math.max(...z);
    const lse = m + Math.log(z.reduce((s, v) => s + Math.exp(v - m), 0));
    total += weights[y] * (lse - z[y]);
    wsum += weights[y];
  });
  if (wsum === 0) throw new Error('zero weight');
  return { weights, loss: total / wsum };
}
