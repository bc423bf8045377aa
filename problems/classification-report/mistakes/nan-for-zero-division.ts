// expect: wrong_answer
// mistake: lets 0/0 through for a class that is never predicted, so its precision and F1 (and the averages) become NaN instead of 0
// caught-by: class never predicted
export function classificationReport(yTrue: number[], yPred: number[], K: number): number[][] {
  const n = yTrue.length;
  if (!Number.isInteger(K) || K < 1 || n === 0 || n !== yPred.length) throw new Error('bad input');
  for (const v of [...yTrue, ...yPred]) if (!Number.isInteger(v) || v < 0 || v >= K) throw new Error('label out of range');
  const rows: number[][] = [];
  let correct = 0;
  for (let k = 0; k < K; k++) {
    let tp = 0, pred = 0, sup = 0;
    for (let i = 0; i < n; i++) { if (yPred[i] === k) pred++; if (yTrue[i] === k) sup++; if (yTrue[i] === k && yPred[i] === k) tp++; }
    correct += tp;
    const p = tp / pred, r = sup ? tp / sup : 0;
    rows.push([p, r, (2 * p * r) / (p + r), sup]);
  }
  const macro = [0, 1, 2].map((j) => rows.reduce((s, row) => s + row[j]!, 0) / K);
  const weighted = [0, 1, 2].map((j) => rows.reduce((s, row) => s + row[j]! * row[3]!, 0) / n);
  return [...rows, [...macro, n], [...weighted, n], [correct / n]];
}
