export function softmaxCrossEntropy(logits: number[][], yOneHot: number[][]): { loss: number; dLogits: number[][] } {
  const m = logits.length;
  if (m === 0 || yOneHot.length !== m) throw new Error('bad shapes');
  let loss = 0;
  const dLogits = logits.map((z, i) => {
    const y = yOneHot[i];
    if (y.length !== z.length) throw new Error('bad shapes');
    const mx = Math.max(...z);
    const shifted = z.map((v) => v - mx);
    const logSum = Math.log(shifted.reduce((s, v) => s + Math.exp(v), 0));
    const logp = shifted.map((v) => v - logSum);
    for (let k = 0; k < z.length; k++) if (y[k] > 0) loss -= y[k] * logp[k];
    return logp.map((lp, k) => (Math.exp(lp) - y[k]) / m);
  });
  return { loss: loss / m, dLogits };
}
