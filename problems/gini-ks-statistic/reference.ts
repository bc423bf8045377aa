// Reference: plain float64 TypeScript; KS maxima are compared in exact integer arithmetic.

export function giniKs(yTrue: number[], scores: number[]): { auc: number; gini: number; ks: number; ksThreshold: number } {
  const n = yTrue.length;
  if (n === 0 || scores.length !== n) throw new Error('yTrue and scores need the same, non-zero length');
  if (yTrue.some((y) => y !== 0 && y !== 1)) throw new Error('labels must be 0 or 1');
  if (scores.some((s) => !Number.isFinite(s))) throw new Error('scores must be finite');
  const P = yTrue.reduce((a, b) => a + b, 0), N = n - P;
  if (P === 0 || N === 0) throw new Error('both classes are needed');
  const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  let tp = 0, fp = 0, aucSum = 0;
  let bestGap = -1, ksThreshold = Number.NaN;
  for (let i = 0; i < n; ) {
    const t = scores[order[i]!]!;
    let dp = 0, dn = 0;
    while (i < n && scores[order[i]!] === t) {
      if (yTrue[order[i]!] === 1) dp++;
      else dn++;
      i++;
    }
    aucSum += dn * (tp + dp / 2); // negatives of this group: beaten by earlier positives, tied with this group's
    tp += dp;
    fp += dn;
    const gap = Math.abs(tp * N - fp * P); // |TPR − FPR|·P·N, an exact integer
    if (gap > bestGap) { bestGap = gap; ksThreshold = t; } // strictly greater: the highest threshold wins ties
  }
  const auc = aucSum / (P * N);
  return { auc, gini: 2 * auc - 1, ks: bestGap / (P * N), ksThreshold };
}
