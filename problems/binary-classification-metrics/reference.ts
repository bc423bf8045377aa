/** Plain TS reference (float64; the counts are exact integers). */
export function binaryMetrics(
  yTrue: number[],
  yPred: number[],
  posLabel: number,
): { accuracy: number; precision: number; recall: number; specificity: number; f1: number } {
  if (yTrue.length === 0) throw new Error('binaryMetrics: empty input');
  if (yTrue.length !== yPred.length) throw new Error(`binaryMetrics: length mismatch ${yTrue.length} vs ${yPred.length}`);
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const t = yTrue[i] === posLabel;
    const p = yPred[i] === posLabel;
    if (t && p) tp++;
    else if (!t && p) fp++;
    else if (t && !p) fn++;
    else tn++;
  }
  const div = (a: number, b: number) => (b > 0 ? a / b : 0);
  const precision = div(tp, tp + fp);
  const recall = div(tp, tp + fn);
  return {
    accuracy: (tp + tn) / yTrue.length,
    precision,
    recall,
    specificity: div(tn, tn + fp),
    f1: div(2 * precision * recall, precision + recall),
  };
}
