export function giniKs(yTrue: number[], scores: number[]): { auc: number; gini: number; ks: number; ksThreshold: number } {
  const n = yTrue.length;
  if (n === 0 || n !== scores.length) throw new Error('length mismatch');
  let P = 0;
  for (let i = 0; i < n; i++) {
    if (yTrue[i] !== 0 && yTrue[i] !== 1) throw new Error('labels must be 0/1');
    if (!Number.isFinite(scores[i]!)) throw new Error('bad score');
    P += yTrue[i]!;
  }
  const N = n - P;
  if (P === 0 || N === 0) throw new Error('need both classes');
  const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  let tp = 0, fp = 0, area = 0, bestNum = -1, bestT = NaN;
  let i = 0;
  while (i < n) {
    const t = scores[idx[i]!]!;
    let pos = 0, neg = 0;
    for (; i < n && scores[idx[i]!] === t; i++) {
      if (yTrue[idx[i]!] === 1) pos++; else neg++;
    }
    // trapezoid between (fp, tp) and (fp + neg, tp + pos), in counts
    area += neg * (tp + pos / 2);
    tp += pos;
    fp += neg;
    const num = Math.abs(tp * N - fp * P);
    if (num > bestNum) { bestNum = num; bestT = t; }
  }
  const auc = area / (P * N);
  return { auc, gini: 2 * auc - 1, ks: bestNum / (P * N), ksThreshold: bestT };
}
