// expect: wrong_answer
// mistake: predicts positive when score ≥ t (the convention of scikit-learn's curves) instead of score > t
// caught-by: scores equal to a threshold
export function precisionRecallAtThresholds(yTrue: number[], scores: number[], thresholds: number[]): number[][] {
  const n = yTrue.length;
  if (n === 0 || scores.length !== n || yTrue.some((y) => y !== 0 && y !== 1)) throw new Error('bad input');
  const P = yTrue.reduce((a, b) => a + b, 0);
  return thresholds.map((t) => {
    let tp = 0, pred = 0;
    scores.forEach((s, i) => { if (s >= t) { pred++; tp += yTrue[i]!; } });
    return [pred ? tp / pred : 0, P ? tp / P : 0];
  });
}
