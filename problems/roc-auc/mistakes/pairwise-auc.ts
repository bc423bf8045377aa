// expect: time_limit_exceeded
// mistake: computes the AUC from its pairwise definition by comparing every positive with every negative: O(P·N), far too slow for 100,000 scores
// caught-by: large: 100000 scores with many ties
export function rocAuc(
  yTrue: number[],
  scores: number[],
): { fpr: number[]; tpr: number[]; thresholds: number[]; auc: number } {
  const n = yTrue.length;
  if (n === 0 || scores.length !== n) throw new Error('bad input');
  // sort (score, label) pairs by descending score
  const pairs = yTrue.map((y, i) => [scores[i]!, y] as [number, number]);
  pairs.sort((a, b) => b[0] - a[0]);
  const P = yTrue.filter((y) => y === 1).length;
  const N = n - P;
  if (P === 0 || N === 0) throw new Error('only one class present');
  const thresholds: number[] = [Infinity];
  const tpCounts: number[] = [0];
  const fpCounts: number[] = [0];
  for (const [s, y] of pairs) {
    const last = thresholds.length - 1;
    if (thresholds[last] !== s) {
      thresholds.push(s);
      tpCounts.push(tpCounts[last]!);
      fpCounts.push(fpCounts[last]!);
    }
    const k = thresholds.length - 1;
    if (y === 1) tpCounts[k]!++;
    else fpCounts[k]!++;
  }
  // AUC as the probability that a positive outscores a negative, ties counting one half
  let twiceArea = 0;
  for (let i = 0; i < n; i++) {
    if (yTrue[i] !== 1) continue;
    for (let j = 0; j < n; j++) if (yTrue[j] === 0) twiceArea += scores[i]! > scores[j]! ? 2 : scores[i] === scores[j] ? 1 : 0;
  }
  return {
    fpr: fpCounts.map((c) => c / N),
    tpr: tpCounts.map((c) => c / P),
    thresholds,
    auc: twiceArea / (2 * P * N),
  };
}
