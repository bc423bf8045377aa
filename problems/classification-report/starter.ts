export function classificationReport(yTrue: number[], yPred: number[], K: number): number[][] {
  // TODO: K rows [precision, recall, f1, support], then the macro row, the weighted row and [accuracy]
  return [];
}
