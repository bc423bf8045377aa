// expect: wrong_answer
// mistake: takes log(softmax) without the max shift, so logits of 1000 overflow
// caught-by: logits of ±1000
export function mlmLoss(logits: number[][], targets: number[], masked: number[]): { sum: number; mean: number } {
  const T = logits.length;
  if (targets.length !== T || masked.length !== T) throw new Error('length mismatch');
  const V = logits[0]?.length ?? 0;
  let sum = 0, count = 0;
  for (let i = 0; i < T; i++) {
    if (masked[i] !== 0 && masked[i] !== 1) throw new Error('mask must be 0/1');
    if (logits[i].length !== V || !Number.isInteger(targets[i]) || targets[i] < 0 || targets[i] >= V) throw new Error('bad target or row');
    if (masked[i] === 0) continue; // only the masked tokens are predicted
    const row = logits[i];
    const m = 0;
    let z = 0;
    for (const v of row) z += Math.exp(v - m);
    sum += m + Math.log(z) - row[targets[i]];
    count++;
  }
  return { sum, mean: count ? sum / count : 0 };
}
