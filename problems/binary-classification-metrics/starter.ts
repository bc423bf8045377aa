export function binaryMetrics(
  yTrue: number[],
  yPred: number[],
  posLabel: number,
): { accuracy: number; precision: number; recall: number; specificity: number; f1: number } {
  throw new Error('Not implemented');
}
