export function binaryMetrics(
  yTrue: number[],
  yPred: number[],
  posLabel: number,
): { accuracy: number; precision: number; recall: number; specificity: number; f1: number } {
  const n = yTrue.length;
  if (n === 0 || n !== yPred.length) throw new Error('need two non-empty arrays of equal length');
  let actualPos = 0, predPos = 0, tp = 0, agree = 0;
  for (let i = 0; i < n; i++) {
    const a = yTrue[i] === posLabel ? 1 : 0;
    const b = yPred[i] === posLabel ? 1 : 0;
    actualPos += a;
    predPos += b;
    tp += a & b;
    if (a === b) agree++;
  }
  const actualNeg = n - actualPos;
  const fp = predPos - tp;
  const tn = actualNeg - fp;
  const precision = predPos === 0 ? 0 : tp / predPos;
  const recall = actualPos === 0 ? 0 : tp / actualPos;
  // F1 = 2TP / (2TP + FP + FN), which equals the harmonic mean (0 when TP = 0)
  const fn = actualPos - tp;
  const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  return {
    accuracy: agree / n,
    precision,
    recall,
    specificity: actualNeg === 0 ? 0 : tn / actualNeg,
    f1,
  };
}
