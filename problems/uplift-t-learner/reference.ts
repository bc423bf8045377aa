// Reference: plain float64 TypeScript (long gradient-descent loops; segments are threshold decisions).
import { fitLogisticGd, predictProba } from '../../grader/reference-kit/logistic.ts';

export function tLearnerUplift(X: number[][], treatment: number[], y: number[], Xtest: number[][], lr: number, nIters: number, threshold: number): { uplift: number[]; segments: number[] } {
  const n = X.length;
  if (n === 0 || treatment.length !== n || y.length !== n) throw new Error('X, treatment and y need the same, non-zero number of rows');
  const d = X[0]!.length;
  if (d === 0 || [...X, ...Xtest].some((row) => row.length !== d || row.some((v) => !Number.isFinite(v)))) throw new Error('X and Xtest must be finite matrices with the same number of columns');
  if (treatment.some((t) => t !== 0 && t !== 1) || y.some((v) => v !== 0 && v !== 1)) throw new Error('treatment and y must be 0 or 1');
  if (!(lr > 0) || !Number.isInteger(nIters) || nIters < 0 || !(threshold >= 0)) throw new Error('need lr > 0, an integer nIters ≥ 0 and threshold ≥ 0');
  const rows = (t: number) => treatment.flatMap((v, i) => (v === t ? [i] : []));
  const treatedRows = rows(1), controlRows = rows(0);
  if (treatedRows.length === 0 || controlRows.length === 0) throw new Error('both treated and control rows are needed');
  const modelT = fitLogisticGd(treatedRows.map((i) => X[i]!), treatedRows.map((i) => y[i]!), lr, nIters);
  const modelC = fitLogisticGd(controlRows.map((i) => X[i]!), controlRows.map((i) => y[i]!), lr, nIters);
  const uplift = Xtest.map((row) => predictProba(modelT, row) - predictProba(modelC, row));
  const segments = uplift.map((u) => (u > threshold ? 1 : u < -threshold ? -1 : 0));
  return { uplift, segments };
}
