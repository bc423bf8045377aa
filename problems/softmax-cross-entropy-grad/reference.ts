// Reference: plain float64 TypeScript. float32 (TF.js) cannot meet rtol 1e-9, and large non-integer
// logits lose digits when rounded to float32, so the expected values come from float64 code.
export function softmaxCrossEntropy(logits: number[][], yOneHot: number[][]): { loss: number; dLogits: number[][] } {
  const m = logits.length;
  if (m === 0) throw new Error('empty batch');
  if (yOneHot.length !== m) throw new Error(`yOneHot has ${yOneHot.length} rows, logits has ${m}`);
  let total = 0;
  const dLogits: number[][] = [];
  for (let i = 0; i < m; i++) {
    const z = logits[i]!, y = yOneHot[i]!;
    if (y.length !== z.length) throw new Error(`row ${i}: yOneHot has ${y.length} columns, logits has ${z.length}`);
    let max = -Infinity;
    for (const v of z) if (v > max) max = v;
    let sum = 0;
    for (const v of z) sum += Math.exp(v - max);
    const lse = max + Math.log(sum);
    let rowLoss = 0;
    const g: number[] = [];
    for (let k = 0; k < z.length; k++) {
      const logp = z[k]! - lse;
      if (y[k]! !== 0) rowLoss -= y[k]! * logp;
      g.push((Math.exp(logp) - y[k]!) / m);
    }
    total += rowLoss;
    dLogits.push(g);
  }
  return { loss: total / m, dLogits };
}
