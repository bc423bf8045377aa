export function precisionRecallAtThresholds(yTrue: number[], scores: number[], thresholds: number[]): number[][] {
  // TODO: for each threshold t, predict positive when score > t and return [precision, recall]
  return thresholds.map(() => [0, 0]);
}
