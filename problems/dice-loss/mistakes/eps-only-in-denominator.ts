// expect: wrong_answer
// mistake: adds ε only to the denominator, so two empty masks (a perfect prediction) get loss 1 instead of 0
// caught-by: both masks empty give 0
export function diceLoss(pred: number[], target: number[], eps: number): { squared: number; linear: number } {
  if (pred.length === 0 || pred.length !== target.length) throw new Error('bad lengths');
  if (!(eps >= 0) || eps === Infinity) throw new Error('bad eps');
  let inter = 0, sumP = 0, sumG = 0, sumP2 = 0, sumG2 = 0;
  for (let i = 0; i < pred.length; i++) {
    const p = pred[i], g = target[i];
    if (!(p >= 0 && p <= 1) || !(g >= 0 && g <= 1)) throw new Error('values must lie in [0, 1]');
    inter += p * g;
    sumP += p;
    sumG += g;
    sumP2 += p * p;
    sumG2 += g * g;
  }
  return {
    squared: 1 - (2 * inter) / (sumP2 + sumG2 + eps),
    linear: 1 - (2 * inter) / (sumP + sumG + eps),
  };
}
