// expect: wrong_answer
// mistake: exponentiates the raw logits without subtracting the row maximum, so logits near 1000 overflow to Infinity and give NaN
// caught-by: logits around 1000
export function softmaxCrossEntropy(logits: number[][], yOneHot: number[][]): { loss: number; dLogits: number[][] } {
  const m = logits.length;
  if (m === 0 || yOneHot.length !== m) throw new Error('bad shapes');
  let loss = 0;
  const dLogits = logits.map((z, i) => {
    const y = yOneHot[i];
    if (y.length !== z.length) throw new Error('bad shapes');
    const e = z.map((v) => Math.exp(v));
    const s = e.reduce((a, b) => a + b, 0);
    const p = e.map((v) => v / s);
    for (let k = 0; k < z.length; k++) if (y[k] > 0) loss -= y[k] * Math.log(p[k]);
    return p.map((pk, k) => (pk - y[k]) / m);
  });
  return { loss: loss / m, dLogits };
}
