export function confusionMatrix(yTrue: number[], yPred: number[], numClasses: number): number[][] {
  // Rows: true class, columns: predicted class.
  throw new Error('Not implemented');
}
