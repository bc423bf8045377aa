export function knnPredict(Xtrain: number[][], yTrain: number[], Xtest: number[][], k: number, metric: 'euclidean' | 'manhattan' | 'cosine'): number[] {
  // TODO: distances, stable ordering, first min(k, n) neighbours, majority vote with the tie rule
  return Xtest.map(() => yTrain[0]);
}
