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
  // AUC from integer counts: sum over steps of dFP * (TP_k + TP_{k-1}) / 2, divided by P*N
  let twiceArea = 0;
  for (let k = 1; k < thresholds.length; k++) {
    twiceArea += (fpCounts[k]! - fpCounts[k - 1]!) * (tpCounts[k]! + tpCounts[k - 1]!);
  }
  return {
    fpr: fpCounts.map((c) => c / N),
    tpr: tpCounts.map((c) => c / P),
    thresholds,
    auc: twiceArea / (2 * P * N),
  };
}
