// expect: wrong_answer
// mistake: integrates the PR curve with the trapezoid rule, which is more optimistic than the step-wise AP
// caught-by: positives ranked last
export function precisionRecallCurve(yTrue: number[], scores: number[]): { precision: number[]; recall: number[]; thresholds: number[]; ap: number } {
  const n = yTrue.length;
  if (n === 0 || n !== scores.length) throw new Error('length mismatch');
  if (yTrue.some((y) => y !== 0 && y !== 1)) throw new Error('labels');
  const P = yTrue.reduce((a, b) => a + b, 0);
  if (P === 0) throw new Error('no positives');
  const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  const precision: number[] = [], recall: number[] = [], thresholds: number[] = [];
  let tp = 0, fp = 0;
  for (let i = 0; i < n; ) {
    const t = scores[idx[i]!]!;
    while (i < n && scores[idx[i]!] === t) { if (yTrue[idx[i]!] === 1) tp++; else fp++; i++; }
    precision.push(tp / (tp + fp)); recall.push(tp / P); thresholds.push(t);
  }
  let ap = 0, prevP = 1, prevR = 0;
  for (let j = 0; j < recall.length; j++) {
    ap += (recall[j]! - prevR) * (precision[j]! + prevP) / 2;
    prevP = precision[j]!; prevR = recall[j]!;
  }
  precision.reverse(); recall.reverse(); thresholds.reverse();
  return { precision: [...precision, 1], recall: [...recall, 0], thresholds, ap };
}
