export function precisionRecallCurve(yTrue: number[], scores: number[]): { precision: number[]; recall: number[]; thresholds: number[]; ap: number } {
  // TODO: one point per distinct score (ascending), then the final point (precision 1, recall 0),
  // and the step-wise average precision.
  return { precision: [1], recall: [0], thresholds: [], ap: 0 };
}
