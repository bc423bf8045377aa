// expect: wrong_answer
// mistake: the label set is taken from yTrue only, so labels that occur only in the predictions are dropped
// caught-by: a label only in the predictions, macro
export function averagedPRF(
  yTrue: number[],
  yPred: number[],
  average: 'macro' | 'micro' | 'weighted',
): { precision: number; recall: number; f1: number } {
  const labels = [...new Set(yTrue)].sort((a, b) => a - b);
  const n = yTrue.length;
  let TP = 0, FP = 0, FN = 0, P = 0, R = 0, F = 0, W = 0;
  for (const k of labels) {
    let tp = 0, fp = 0, fn = 0;
    for (let i = 0; i < n; i++) {
      if (yPred[i] === k && yTrue[i] === k) tp++;
      else if (yPred[i] === k) fp++;
      else if (yTrue[i] === k) fn++;
    }
    TP += tp; FP += fp; FN += fn;
    const p = tp + fp ? tp / (tp + fp) : 0;
    const r = tp + fn ? tp / (tp + fn) : 0;
    const w = average === 'weighted' ? tp + fn : 1;
    P += w * p; R += w * r; F += w * (p + r ? (2 * p * r) / (p + r) : 0); W += w;
  }
  if (average === 'micro') {
    const p = TP + FP ? TP / (TP + FP) : 0, r = TP + FN ? TP / (TP + FN) : 0;
    return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  }
  return { precision: P / W, recall: R / W, f1: F / W };
}
