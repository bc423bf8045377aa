// expect: wrong_answer
// mistake: macro/weighted F1 computed as the harmonic mean of the averaged precision and recall
// caught-by: binary labels, macro
export function averagedPRF(
  yTrue: number[],
  yPred: number[],
  average: 'macro' | 'micro' | 'weighted',
): { precision: number; recall: number; f1: number } {
  const labels = [...new Set([...yTrue, ...yPred])].sort((a, b) => a - b);
  const n = yTrue.length;
  let TP = 0, P = 0, R = 0, W = 0;
  for (const k of labels) {
    let tp = 0, fp = 0, fn = 0;
    for (let i = 0; i < n; i++) {
      if (yPred[i] === k && yTrue[i] === k) tp++;
      else if (yPred[i] === k) fp++;
      else if (yTrue[i] === k) fn++;
    }
    TP += tp;
    const w = average === 'weighted' ? tp + fn : 1;
    P += w * (tp + fp ? tp / (tp + fp) : 0);
    R += w * (tp + fn ? tp / (tp + fn) : 0);
    W += w;
  }
  let p = P / W, r = R / W;
  if (average === 'micro') p = r = TP / n;
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
