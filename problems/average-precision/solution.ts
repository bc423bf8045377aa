export function precisionRecallCurve(yTrue: number[], scores: number[]): { precision: number[]; recall: number[]; thresholds: number[]; ap: number } {
  const n = yTrue.length;
  if (n === 0 || n !== scores.length) throw new Error('length mismatch');
  let P = 0;
  for (let i = 0; i < n; i++) {
    if (yTrue[i] !== 0 && yTrue[i] !== 1) throw new Error('labels must be 0/1');
    if (!Number.isFinite(scores[i]!)) throw new Error('non-finite score');
    P += yTrue[i]!;
  }
  if (P === 0) throw new Error('no positive labels');
  const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  const precision: number[] = [], recall: number[] = [], thresholds: number[] = [];
  let tp = 0, fp = 0, ap = 0, prevRecall = 0;
  let i = 0;
  while (i < n) {
    const t = scores[idx[i]!]!;
    while (i < n && scores[idx[i]!] === t) {
      if (yTrue[idx[i]!] === 1) tp++; else fp++;
      i++;
    }
    const p = tp / (tp + fp), r = tp / P;
    ap += (r - prevRecall) * p;
    prevRecall = r;
    precision.push(p); recall.push(r); thresholds.push(t);
  }
  precision.reverse(); recall.reverse(); thresholds.reverse();
  precision.push(1); recall.push(0);
  return { precision, recall, thresholds, ap };
}
