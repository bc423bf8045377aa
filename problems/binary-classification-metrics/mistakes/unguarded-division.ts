// expect: wrong_answer
// mistake: no zero-division guards, so empty denominators produce NaN instead of 0
// caught-by: precision and recall both 0
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
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  return {
    accuracy: (tp + tn) / yTrue.length,
    precision,
    recall,
    specificity: tn / (tn + fp),
    f1: (2 * precision * recall) / (precision + recall),
  };
}
