export function linearSvm(
  X: number[][], y: number[], lr: number, lambda: number, nIters: number, Xtest: number[][],
): { w: number[]; b: number; decision: number[]; pred: number[] } {
  // TODO: map labels to ±1, run nIters epochs of per-sample hinge updates (decision w·x − b), then score Xtest
  return { w: new Array(X[0]?.length ?? 0).fill(0), b: 0, decision: Xtest.map(() => 0), pred: Xtest.map(() => 0) };
}
