// expect: wrong_answer
// mistake: uses the interpolated precision (the best precision at any recall at least as high), as in the PASCAL VOC all-point AP, instead of the precision at each threshold
// caught-by: precision dips then recovers
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
  const interp = precision.slice();
  for (let j = interp.length - 2; j >= 0; j--) interp[j] = Math.max(interp[j]!, interp[j + 1]!);
  let ap = 0, prev = 0;
  for (let j = 0; j < recall.length; j++) { ap += (recall[j]! - prev) * interp[j]!; prev = recall[j]!; }
  precision.reverse(); recall.reverse(); thresholds.reverse();
  return { precision: [...precision, 1], recall: [...recall, 0], thresholds, ap };
}
