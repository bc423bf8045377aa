// expect: wrong_answer
// mistake: averages the macro row only over the labels that occur in yTrue or yPred (scikit-learn's default without labels=), not over all K classes
// caught-by: a class nobody has
export function classificationReport(yTrue: number[], yPred: number[], K: number): number[][] {
  const n = yTrue.length;
  if (!Number.isInteger(K) || K < 1 || n === 0 || n !== yPred.length) throw new Error('bad input');
  for (const v of [...yTrue, ...yPred]) if (!Number.isInteger(v) || v < 0 || v >= K) throw new Error('label out of range');
  const rows: number[][] = [];
  let correct = 0;
  const present = new Set([...yTrue, ...yPred]);
  for (let k = 0; k < K; k++) {
    let tp = 0, pred = 0, sup = 0;
    for (let i = 0; i < n; i++) { if (yPred[i] === k) pred++; if (yTrue[i] === k) sup++; if (yTrue[i] === k && yPred[i] === k) tp++; }
    correct += tp;
    const p = pred ? tp / pred : 0, r = sup ? tp / sup : 0;
    rows.push([p, r, p + r ? (2 * p * r) / (p + r) : 0, sup]);
  }
  const macro = [0, 1, 2].map((j) => rows.filter((_, k) => present.has(k)).reduce((s, row) => s + row[j]!, 0) / present.size);
  const weighted = [0, 1, 2].map((j) => rows.reduce((s, row) => s + row[j]! * row[3]!, 0) / n);
  return [...rows, [...macro, n], [...weighted, n], [correct / n]];
}
