// expect: wrong_answer
// mistake: confuses micro with macro: 'micro' averages the per-class scores instead of pooling the counts
// caught-by: a class never predicted, micro
export function averagedPRF(
  yTrue: number[],
  yPred: number[],
  average: 'macro' | 'micro' | 'weighted',
): { precision: number; recall: number; f1: number } {
  const labels = [...new Set([...yTrue, ...yPred])].sort((a, b) => a - b);
  const n = yTrue.length;
  let P = 0, R = 0, F = 0, W = 0;
  for (const k of labels) {
    let tp = 0, fp = 0, fn = 0;
    for (let i = 0; i < n; i++) {
      if (yPred[i] === k && yTrue[i] === k) tp++;
      else if (yPred[i] === k) fp++;
      else if (yTrue[i] === k) fn++;
    }
    const p = tp + fp ? tp / (tp + fp) : 0;
    const r = tp + fn ? tp / (tp + fn) : 0;
    const w = average === 'weighted' ? tp + fn : 1;
    P += w * p; R += w * r; F += w * (p + r ? (2 * p * r) / (p + r) : 0); W += w;
  }
  return { precision: P / W, recall: R / W, f1: F / W };
}
