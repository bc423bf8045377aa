export function logisticRegressionGD(X: number[][], y: number[], lr: number, nIters: number, l2: number, Xtest: number[][]): { weights: number[]; bias: number; lossHistory: number[]; proba: number[] } {
  // TODO: batch gradient descent on the mean cross-entropy + (l2/2)*||w||^2
  const d = X[0].length;
  return { weights: new Array(d).fill(0), bias: 0, lossHistory: [], proba: Xtest.map(() => 0.5) };
}
