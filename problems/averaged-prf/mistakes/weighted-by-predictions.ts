// expect: wrong_answer
// mistake: 'weighted' weights each class by how often it is predicted instead of by its true support
// caught-by: a class never predicted, weighted
export function averagedPRF(
  yTrue: number[],
  yPred: number[],
  average: 'macro' | 'micro' | 'weighted',
): { precision: number; recall: number; f1: number } {
  const labels = [...new Set([...yTrue, ...yPred])].sort((a, b) => a - b);
  const n = yTrue.length;
  let TP = 0, P = 0, R = 0, F = 0, W = 0;
  for (const k of labels) {
    let tp = 0, fp = 0, fn = 0;
    for (let i = 0; i < n; i++) {
      if (yPred[i] === k && yTrue[i] === k) tp++;
      else if (yPred[i] === k) fp++;
      else if (yTrue[i] === k) fn++;
    }
    TP += tp;
    const p = tp + fp ? tp / (tp + fp) : 0;
    const r = tp + fn ? tp / (tp + fn) : 0;
    const w = average === 'weighted' ? tp + fp : 1;
    P += w * p; R += w * r; F += w * (p + r ? (2 * p * r) / (p + r) : 0); W += w;
  }
  if (average === 'micro') return { precision: TP / n, recall: TP / n, f1: TP / n };
  return { precision: P / W, recall: R / W, f1: F / W };
}
