// expect: wrong_answer
// mistake: treats every sample as its own threshold, so tied scores produce several points whose order depends on the input
// caught-by: all scores tied
export function precisionRecallCurve(yTrue: number[], scores: number[]): { precision: number[]; recall: number[]; thresholds: number[]; ap: number } {
  const n = yTrue.length;
  if (n === 0 || n !== scores.length) throw new Error('length mismatch');
  if (yTrue.some((y) => y !== 0 && y !== 1)) throw new Error('labels');
  const P = yTrue.reduce((a, b) => a + b, 0);
  if (P === 0) throw new Error('no positives');
  const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  const precision: number[] = [], recall: number[] = [], thresholds: number[] = [];
  let tp = 0, ap = 0, prev = 0;
  idx.forEach((i, rank) => {
    if (yTrue[i] === 1) tp++;
    const p = tp / (rank + 1), r = tp / P;
    ap += (r - prev) * p; prev = r;
    precision.push(p); recall.push(r); thresholds.push(scores[i]!);
  });
  precision.reverse(); recall.reverse(); thresholds.reverse();
  return { precision: [...precision, 1], recall: [...recall, 0], thresholds, ap };
}
