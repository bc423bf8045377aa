// expect: wrong_answer
// mistake: rows indexed by the predicted label and columns by the true label (the transpose)
// caught-by: binary, rows are true labels
export function confusionMatrix(yTrue: number[], yPred: number[], numClasses: number): number[][] {
  if (yTrue.length !== yPred.length) throw new Error('length mismatch');
  const cm = Array.from({ length: numClasses }, () => new Array<number>(numClasses).fill(0));
  for (let n = 0; n < yTrue.length; n++) {
    const t = yTrue[n]!;
    const p = yPred[n]!;
    if (!Number.isInteger(t) || !Number.isInteger(p) || t < 0 || p < 0 || t >= numClasses || p >= numClasses) throw new Error('bad label');
    cm[p]![t]! += 1;
  }
  return cm;
}
