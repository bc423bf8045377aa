// expect: wrong_answer
// mistake: computes the weighted F1 as the harmonic mean of the weighted precision and recall instead of the support-weighted mean of the per-class F1 scores
// caught-by: imbalanced three classes
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
    const p = pred ? tp / pred : 0, r = sup ? tp / sup : 0;
    rows.push([p, r, p + r ? (2 * p * r) / (p + r) : 0, sup]);
  }
  const avg = (j: number, w: (row: number[]) => number, d: number) => rows.reduce((s, row) => s + row[j]! * w(row), 0) / d;
  const macro = [avg(0, () => 1, K), avg(1, () => 1, K), avg(2, () => 1, K), n];
  const wp = avg(0, (row) => row[3]!, n), wr = avg(1, (row) => row[3]!, n);
  return [...rows, macro, [wp, wr, wp + wr ? (2 * wp * wr) / (wp + wr) : 0, n], [correct / n]];
}
