// expect: wrong_answer
// mistake: returns a chance-level curve (AUC 0.5) for single-class input instead of throwing
// caught-by: only positives
export function rocAuc(
  yTrue: number[],
  scores: number[],
): { fpr: number[]; tpr: number[]; thresholds: number[]; auc: number } {
  const n = yTrue.length;
  if (scores.length !== n) throw new Error('yTrue and scores differ in length');
  const P = yTrue.filter((y) => y === 1).length;
  const N = n - P;
  if (P === 0 || N === 0) return { fpr: [0, 1], tpr: [0, 1], thresholds: [Infinity, Math.min(...scores)], auc: 0.5 };
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  const fpr = [0], tpr = [0], thresholds = [Infinity];
  let tp = 0, fp = 0, auc = 0;
  for (let k = 0; k < n; ) {
    const s = scores[order[k]!]!;
    while (k < n && scores[order[k]!] === s) { if (yTrue[order[k]!] === 1) tp++; else fp++; k++; }
    const f = fp / N, t = tp / P;
    auc += (f - fpr[fpr.length - 1]!) * (t + tpr[tpr.length - 1]!) / 2;
    fpr.push(f); tpr.push(t); thresholds.push(s);
  }
  return { fpr, tpr, thresholds, auc };
}
