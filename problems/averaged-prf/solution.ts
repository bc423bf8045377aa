export function averagedPRF(
  yTrue: number[],
  yPred: number[],
  average: 'macro' | 'micro' | 'weighted',
): { precision: number; recall: number; f1: number } {
  const n = yTrue.length;
  const safe = (a: number, b: number) => (b === 0 ? 0 : a / b);
  if (average === 'micro') {
    let correct = 0;
    for (let i = 0; i < n; i++) if (yTrue[i] === yPred[i]) correct++;
    const acc = correct / n; // pooled TP / pooled (TP+FP) = pooled TP / pooled (TP+FN)
    return { precision: acc, recall: acc, f1: acc };
  }
  // index the labels
  const labels = Array.from(new Set(yTrue.concat(yPred))).sort((a, b) => a - b);
  const idx = new Map(labels.map((l, i) => [l, i] as [number, number]));
  const K = labels.length;
  const trueCount = new Array<number>(K).fill(0);
  const predCount = new Array<number>(K).fill(0);
  const hit = new Array<number>(K).fill(0);
  for (let i = 0; i < n; i++) {
    const a = idx.get(yTrue[i]!)!, b = idx.get(yPred[i]!)!;
    trueCount[a]!++;
    predCount[b]!++;
    if (a === b) hit[a]!++;
  }
  let sp = 0, sr = 0, sf = 0;
  for (let k = 0; k < K; k++) {
    const p = safe(hit[k]!, predCount[k]!);
    const r = safe(hit[k]!, trueCount[k]!);
    const f = safe(2 * hit[k]!, predCount[k]! + trueCount[k]!); // 2TP/(2TP+FP+FN)
    const w = average === 'weighted' ? trueCount[k]! / n : 1 / K;
    sp += w * p;
    sr += w * r;
    sf += w * f;
  }
  return { precision: sp, recall: sr, f1: sf };
}
