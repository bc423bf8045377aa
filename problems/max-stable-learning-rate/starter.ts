export function maxStableLr(X: number[][], y: number[], v0: number[], iters: number, steps: number): { lambdaMax: number; lrMax: number; lossBelow: number; lossAbove: number } {
  // TODO: power iteration on H = X^T X / m, lrMax = 2 / lambda, then gradient descent at 0.9 and 1.1 times lrMax
  return { lambdaMax: 1, lrMax: 2, lossBelow: 0, lossAbove: 0 };
}
