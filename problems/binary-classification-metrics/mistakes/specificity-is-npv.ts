// expect: wrong_answer
// mistake: specificity computed as TN / (TN + FN) (negative predictive value) instead of TN / (TN + FP)
// caught-by: no predicted positives
export function binaryMetrics(
  yTrue: number[],
  yPred: number[],
  posLabel: number,
): { accuracy: number; precision: number; recall: number; specificity: number; f1: number } {
  if (yTrue.length === 0 || yTrue.length !== yPred.length) throw new Error('bad input');
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const t = yTrue[i] === posLabel, p = yPred[i] === posLabel;
    if (t && p) tp++; else if (p) fp++; else if (t) fn++; else tn++;
  }
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  return {
    accuracy: (tp + tn) / yTrue.length,
    precision,
    recall,
    specificity: tn + fn > 0 ? tn / (tn + fn) : 0,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
  };
}
