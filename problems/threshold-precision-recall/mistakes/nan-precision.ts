// expect: wrong_answer
// mistake: divides by the number of predicted positives even when it is 0 (as the study sheet's loop does), returning NaN instead of 0
// caught-by: threshold above every score
export function precisionRecallAtThresholds(yTrue: number[], scores: number[], thresholds: number[]): number[][] {
  const n = yTrue.length;
  if (n === 0 || scores.length !== n || yTrue.some((y) => y !== 0 && y !== 1)) throw new Error('bad input');
  const P = yTrue.reduce((a, b) => a + b, 0);
  return thresholds.map((t) => {
    let tp = 0, pred = 0;
    scores.forEach((s, i) => { if (s > t) { pred++; tp += yTrue[i]!; } });
    return [tp / pred, P ? tp / P : 0];
  });
}
