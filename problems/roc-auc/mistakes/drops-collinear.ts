// expect: wrong_answer
// mistake: drops intermediate collinear points like scikit-learn's drop_intermediate=True
// caught-by: collinear points are kept
export function rocAuc(
  yTrue: number[],
  scores: number[],
): { fpr: number[]; tpr: number[]; thresholds: number[]; auc: number } {
  const n = yTrue.length;
  if (scores.length !== n) throw new Error('yTrue and scores differ in length');
  const P = yTrue.filter((y) => y === 1).length;
  const N = n - P;
  if (n === 0 || P === 0 || N === 0) throw new Error('need both classes');
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  const f: number[] = [0], t: number[] = [0], th: number[] = [Infinity];
  let tp = 0, fp = 0;
  for (let k = 0; k < n; ) {
    const s = scores[order[k]!]!;
    while (k < n && scores[order[k]!] === s) { if (yTrue[order[k]!] === 1) tp++; else fp++; k++; }
    f.push(fp / N); t.push(tp / P); th.push(s);
  }
  const fpr: number[] = [], tpr: number[] = [], thresholds: number[] = [];
  for (let k = 0; k < f.length; k++) {
    const inner = k > 0 && k < f.length - 1;
    const collinear = inner && (f[k + 1]! - f[k - 1]!) * (t[k]! - t[k - 1]!) === (t[k + 1]! - t[k - 1]!) * (f[k]! - f[k - 1]!);
    if (!collinear) { fpr.push(f[k]!); tpr.push(t[k]!); thresholds.push(th[k]!); }
  }
  let auc = 0;
  for (let k = 1; k < fpr.length; k++) auc += (fpr[k]! - fpr[k - 1]!) * (tpr[k]! + tpr[k - 1]!) / 2;
  return { fpr, tpr, thresholds, auc };
}
