// Reference: plain float64 TypeScript (threshold comparisons are discrete decisions).

export function precisionRecallAtThresholds(yTrue: number[], scores: number[], thresholds: number[]): number[][] {
  const n = yTrue.length;
  if (n === 0 || scores.length !== n) throw new Error('yTrue and scores need the same, non-zero length');
  if (yTrue.some((y) => y !== 0 && y !== 1)) throw new Error('labels must be 0 or 1');
  if (scores.some((s) => Number.isNaN(s)) || thresholds.some((t) => Number.isNaN(t))) throw new Error('scores and thresholds must not be NaN');
  const positives = yTrue.reduce((a, b) => a + b, 0);
  return thresholds.map((t) => {
    let tp = 0, predicted = 0;
    for (let i = 0; i < n; i++) {
      if (scores[i]! > t) {
        predicted++;
        tp += yTrue[i]!;
      }
    }
    return [predicted > 0 ? tp / predicted : 0, positives > 0 ? tp / positives : 0];
  });
}
