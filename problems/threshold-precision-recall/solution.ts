export function precisionRecallAtThresholds(yTrue: number[], scores: number[], thresholds: number[]): number[][] {
  const n = yTrue.length;
  if (n === 0 || scores.length !== n) throw new Error('length mismatch');
  let positives = 0;
  for (let i = 0; i < n; i++) {
    if (yTrue[i] !== 0 && yTrue[i] !== 1) throw new Error('labels must be 0 or 1');
    if (Number.isNaN(scores[i])) throw new Error('NaN score');
    positives += yTrue[i]!;
  }
  const out: number[][] = [];
  for (const t of thresholds) {
    if (Number.isNaN(t)) throw new Error('NaN threshold');
    let tp = 0, fp = 0;
    for (let i = 0; i < n; i++) {
      if (scores[i]! > t) {
        if (yTrue[i] === 1) tp++; else fp++;
      }
    }
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = positives === 0 ? 0 : tp / positives;
    out.push([precision, recall]);
  }
  return out;
}
