// Reference: plain float64 TypeScript (long gradient-descent loops).
import { fitLogisticGd, predictProba } from '../../grader/reference-kit/logistic.ts';

export function sLearnerUplift(X: number[][], treatment: number[], y: number[], Xtest: number[][], lr: number, nIters: number): { uplift: number[]; treatmentCoef: number } {
  const n = X.length;
  if (n === 0 || treatment.length !== n || y.length !== n) throw new Error('X, treatment and y need the same, non-zero number of rows');
  const d = X[0]!.length;
  if (d === 0 || [...X, ...Xtest].some((row) => row.length !== d || row.some((v) => !Number.isFinite(v)))) throw new Error('X and Xtest must be finite matrices with the same number of columns');
  if (treatment.some((t) => t !== 0 && t !== 1) || y.some((v) => v !== 0 && v !== 1)) throw new Error('treatment and y must be 0 or 1');
  if (!(lr > 0) || !Number.isInteger(nIters) || nIters < 0) throw new Error('need lr > 0 and an integer nIters ≥ 0');
  const model = fitLogisticGd(X.map((row, i) => [...row, treatment[i]!]), y, lr, nIters);
  const uplift = Xtest.map((row) => predictProba(model, [...row, 1]) - predictProba(model, [...row, 0]));
  return { uplift, treatmentCoef: model.weights[d]! };
}
