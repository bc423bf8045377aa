// expect: wrong_answer
// mistake: maximises TPR − FPR without the absolute value, so a model whose scores are inverted gets KS 0 instead of 1
// caught-by: inverted scores
export function giniKs(yTrue: number[], scores: number[]): { auc: number; gini: number; ks: number; ksThreshold: number } {
  const n = yTrue.length;
  if (n === 0 || n !== scores.length || yTrue.some((y) => y !== 0 && y !== 1) || scores.some((s) => !Number.isFinite(s))) throw new Error("bad input");
  const P = yTrue.reduce((a, b) => a + b, 0), N = n - P;
  if (!P || !N) throw new Error('need both classes');
  const idx = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  let tp = 0, fp = 0, area = 0, best = -Infinity, kt = NaN;
  for (let i = 0; i < n; ) {
    const t = scores[idx[i]!]!;
    let dp = 0, dn = 0;
    for (; i < n && scores[idx[i]!] === t; i++) { if (yTrue[idx[i]!] === 1) dp++; else dn++; }
    area += dn * (tp + dp / 2); tp += dp; fp += dn;
    const gap = tp * N - fp * P;
    if (gap > best) { best = gap; kt = t; }
  }
  const auc = area / (P * N);
  return { auc, gini: 2 * auc - 1, ks: best / (P * N), ksThreshold: kt };
}
