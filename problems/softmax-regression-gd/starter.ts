export function softmaxRegressionGd(
  X: number[][], y: number[], W0: number[][], b0: number[], lr: number, iters: number,
): { W: number[][]; b: number[]; lossHistory: number[] } {
  // TODO: P = softmax(XW + b); loss = mean −log P[i][y_i]; grad W = Xᵀ(P − Y)/n, grad b = mean of (P − Y)
  return { W: W0.map((r) => r.slice()), b: b0.slice(), lossHistory: [] };
}
