// expect: wrong_answer
// mistake: averages the loss over the batch but returns P - Y as the gradient, forgetting the 1/m from the mean
// caught-by: two classes
export function softmaxCrossEntropy(logits: number[][], yOneHot: number[][]): { loss: number; dLogits: number[][] } {
  const m = logits.length;
  if (m === 0 || yOneHot.length !== m) throw new Error('bad shapes');
  let loss = 0;
  const dLogits = logits.map((z, i) => {
    const y = yOneHot[i];
    if (y.length !== z.length) throw new Error('bad shapes');
    const mx = Math.max(...z);
    const lse = mx + Math.log(z.reduce((s, v) => s + Math.exp(v - mx), 0));
    for (let k = 0; k < z.length; k++) if (y[k] > 0) loss -= y[k] * (z[k] - lse);
    return z.map((v, k) => Math.exp(v - lse) - y[k]);
  });
  return { loss: loss / m, dLogits };
}
