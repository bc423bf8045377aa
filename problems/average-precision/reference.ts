// Reference: plain float64 TypeScript (grouping tied thresholds is a discrete decision).

export function precisionRecallCurve(yTrue: number[], scores: number[]): { precision: number[]; recall: number[]; thresholds: number[]; ap: number } {
  const n = yTrue.length;
  if (n === 0 || scores.length !== n) throw new Error('yTrue and scores need the same, non-zero length');
  if (yTrue.some((y) => y !== 0 && y !== 1)) throw new Error('labels must be 0 or 1');
  if (scores.some((s) => !Number.isFinite(s))) throw new Error('scores must be finite');
  const positives = yTrue.reduce((a, b) => a + b, 0);
  if (positives === 0) throw new Error('recall is undefined without positive labels');
  const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  // sweep thresholds from the highest score down; a group of equal scores is one threshold
  const precDesc: number[] = [], recDesc: number[] = [], thrDesc: number[] = [];
  let tp = 0, fp = 0;
  for (let i = 0; i < n; ) {
    const t = scores[order[i]!]!;
    while (i < n && scores[order[i]!] === t) {
      if (yTrue[order[i]!] === 1) tp++;
      else fp++;
      i++;
    }
    precDesc.push(tp / (tp + fp));
    recDesc.push(tp / positives);
    thrDesc.push(t);
  }
  let ap = 0;
  for (let j = 0; j < recDesc.length; j++) ap += (recDesc[j]! - (j > 0 ? recDesc[j - 1]! : 0)) * precDesc[j]!;
  return {
    precision: [...precDesc.reverse(), 1],
    recall: [...recDesc.reverse(), 0],
    thresholds: thrDesc.reverse(),
    ap,
  };
}
