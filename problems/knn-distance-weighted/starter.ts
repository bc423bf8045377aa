export function knnWeighted(
  Xtrain: number[][], yTrain: number[], Xtest: number[][], k: number,
): { classes: number[]; proba: number[][]; pred: number[] } {
  // TODO: k nearest training rows, each voting with weight 1/distance (exact matches take over)
  throw new Error('Not implemented');
}
