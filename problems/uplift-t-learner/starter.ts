export function tLearnerUplift(X: number[][], treatment: number[], y: number[], Xtest: number[][], lr: number, nIters: number, threshold: number): { uplift: number[]; segments: number[] } {
  // TODO: fit one logistic regression on the treated rows and one on the control rows (GD from zeros),
  // uplift = p_T(x) − p_C(x), segments: 1 above +threshold, −1 below −threshold, else 0
  return { uplift: Xtest.map(() => 0), segments: Xtest.map(() => 0) };
}
