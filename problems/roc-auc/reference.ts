/** Plain TS float64 reference: stable sort by descending score, sweep over tied groups. */
export function rocAuc(
  yTrue: number[],
  scores: number[],
): { fpr: number[]; tpr: number[]; thresholds: number[]; auc: number } {
  const n = yTrue.length;
  if (n === 0) throw new Error('rocAuc: empty input');
  if (scores.length !== n) throw new Error(`rocAuc: length mismatch ${n} vs ${scores.length}`);
  let pos = 0;
  for (const y of yTrue) {
    if (y !== 0 && y !== 1) throw new Error(`rocAuc: labels must be 0 or 1, got ${y}`);
    pos += y;
  }
  const neg = n - pos;
  if (pos === 0 || neg === 0) throw new Error('rocAuc: yTrue contains only one class; ROC AUC is undefined');
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const fpr = [0], tpr = [0], thresholds = [Infinity];
  let tp = 0, fp = 0, auc = 0;
  for (let i = 0; i < n; ) {
    const s = scores[order[i]!]!;
    while (i < n && scores[order[i]!] === s) {
      if (yTrue[order[i]!] === 1) tp++; else fp++;
      i++;
    }
    const f = fp / neg, t = tp / pos;
    auc += (f - fpr[fpr.length - 1]!) * (t + tpr[tpr.length - 1]!) / 2;
    fpr.push(f); tpr.push(t); thresholds.push(s);
  }
  return { fpr, tpr, thresholds, auc };
}

/** O(P·N) Mann–Whitney count with ties as ½ (used by the property check). */
export function pairwiseAuc(yTrue: number[], scores: number[]): number {
  let sum = 0, pairs = 0;
  for (let i = 0; i < yTrue.length; i++) {
    if (yTrue[i] !== 1) continue;
    for (let j = 0; j < yTrue.length; j++) {
      if (yTrue[j] !== 0) continue;
      pairs++;
      if (scores[i]! > scores[j]!) sum += 1;
      else if (scores[i] === scores[j]) sum += 0.5;
    }
  }
  return sum / pairs;
}
