// expect: wrong_answer
// mistake: sorts and accumulates one example at a time (the seed's cumsum), so tied scores become a staircase
// caught-by: all scores tied
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
  const fpr = [0], tpr = [0], thresholds = [Infinity];
  let tp = 0, fp = 0, auc = 0;
  for (const i of order) {
    if (yTrue[i] === 1) tp++; else fp++;
    const f = fp / N, t = tp / P;
    auc += (f - fpr[fpr.length - 1]!) * (t + tpr[tpr.length - 1]!) / 2;
    fpr.push(f); tpr.push(t); thresholds.push(scores[i]!);
  }
  return { fpr, tpr, thresholds, auc };
}
