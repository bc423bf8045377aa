// expect: wrong_answer
// mistake: uses the squared sums in both denominators, so the linear (set-size) form is wrong for soft predictions
// caught-by: prediction 0.5 everywhere
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
    squared: 1 - (2 * inter + eps) / (sumP2 + sumG2 + eps),
    linear: 1 - (2 * inter + eps) / (sumP2 + sumG2 + eps),
  };
}
