export function sLearnerUplift(X: number[][], treatment: number[], y: number[], Xtest: number[][], lr: number, nIters: number): { uplift: number[]; treatmentCoef: number } {
  // TODO: one logistic regression on [x, t] by GD from zeros; uplift = p([x, 1]) − p([x, 0])
  return { uplift: Xtest.map(() => 0), treatmentCoef: 0 };
}
