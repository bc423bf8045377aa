// expect: wrong_answer
// mistake: copies the seed's training-loop loss, -mean(sum(y * log(p + 1e-8))), which caps each term at about 18.4 and biases every loss
// caught-by: true class logit far below the rest
export function softmaxCrossEntropy(logits: number[][], yOneHot: number[][]): { loss: number; dLogits: number[][] } {
  const m = logits.length;
  if (m === 0 || yOneHot.length !== m) throw new Error('bad shapes');
  let loss = 0;
  const dLogits = logits.map((z, i) => {
    const y = yOneHot[i];
    if (y.length !== z.length) throw new Error('bad shapes');
    const mx = Math.max(...z);
    const e = z.map((v) => Math.exp(v - mx));
    const s = e.reduce((a, b) => a + b, 0);
    const p = e.map((v) => v / s);
    for (let k = 0; k < z.length; k++) loss -= y[k] * Math.log(p[k] + 1e-8);
    return p.map((pk, k) => (pk - y[k]) / m);
  });
  return { loss: loss / m, dLogits };
}
