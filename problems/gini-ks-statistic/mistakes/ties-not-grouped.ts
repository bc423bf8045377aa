// expect: wrong_answer
// mistake: sorts the samples and steps one sample at a time, so tied scores of different classes are split by input order (both the AUC and the KS sweep)
// caught-by: ties across classes
export function giniKs(yTrue: number[], scores: number[]): { auc: number; gini: number; ks: number; ksThreshold: number } {
  const n = yTrue.length;
  if (n === 0 || n !== scores.length || yTrue.some((y) => y !== 0 && y !== 1) || scores.some((s) => !Number.isFinite(s))) throw new Error("bad input");
  const P = yTrue.reduce((a, b) => a + b, 0), N = n - P;
  if (!P || !N) throw new Error('need both classes');
  const idx = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  let tp = 0, fp = 0, area = 0, ks = -1, kt = NaN;
  for (const i of idx) {
    if (yTrue[i] === 1) tp++; else { fp++; area += tp; }
    const gap = Math.abs(tp / P - fp / N);
    if (gap > ks) { ks = gap; kt = scores[i]!; }
  }
  const auc = area / (P * N);
  return { auc, gini: 2 * auc - 1, ks, ksThreshold: kt };
}
