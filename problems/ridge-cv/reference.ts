// Reference: plain float64 TypeScript, ridge by centring and the kit's Cholesky on every training split.
import { cholesky, choleskySolve } from '../../grader/reference-kit/linalg.ts';

function fitRidge(X: number[][], y: number[], rows: number[], alpha: number): { w: number[]; b: number } {
  const n = rows.length;
  const d = X[0]!.length;
  const xm = Array.from({ length: d }, (_, j) => rows.reduce((s, i) => s + X[i]![j]!, 0) / n);
  const ym = rows.reduce((s, i) => s + y[i]!, 0) / n;
  const A = Array.from({ length: d }, (_, a) => Array.from({ length: d }, (_, c) => rows.reduce((s, i) => s + (X[i]![a]! - xm[a]!) * (X[i]![c]! - xm[c]!), 0) + (a === c ? alpha : 0)));
  const rhs = Array.from({ length: d }, (_, a) => rows.reduce((s, i) => s + (X[i]![a]! - xm[a]!) * (y[i]! - ym), 0));
  let L: number[][];
  try {
    L = cholesky(A, alpha > 0 ? 0 : 1e-10);
  } catch {
    throw new Error('alpha = 0 and the centred training features are linearly dependent');
  }
  const w = choleskySolve(L, rhs);
  return { w, b: ym - xm.reduce((s, v, j) => s + v * w[j]!, 0) };
}

function mse(X: number[][], y: number[], rows: number[], model: { w: number[]; b: number }): number {
  return rows.reduce((s, i) => s + (X[i]!.reduce((p, x, j) => p + x * model.w[j]!, model.b) - y[i]!) ** 2, 0) / rows.length;
}

export function ridgeCV(X: number[][], y: number[], alphas: number[], folds: number[]): { trainMse: number[]; valMse: number[]; bestIndex: number } {
  const n = X.length;
  if (n === 0) throw new Error('X must have at least one row');
  const d = X[0]!.length;
  if (d === 0 || X.some((row) => row.length !== d)) throw new Error('every row of X must have the same, non-zero length');
  if (y.length !== n || folds.length !== n) throw new Error('y and folds must have one entry per row');
  if (alphas.length === 0) throw new Error('alphas must not be empty');
  if (alphas.some((a) => !(a >= 0) || !Number.isFinite(a))) throw new Error('every alpha must be a finite number >= 0');
  if (folds.some((f) => !Number.isInteger(f) || f < 0)) throw new Error('fold ids must be non-negative integers');
  const K = Math.max(...folds) + 1;
  if (K < 2) throw new Error('at least two folds are needed');
  const members = Array.from({ length: K }, (_, k) => folds.flatMap((f, i) => (f === k ? [i] : [])));
  if (members.some((rows) => rows.length === 0)) throw new Error('every fold id from 0 to K-1 must be used');
  const trainMse: number[] = [];
  const valMse: number[] = [];
  for (const alpha of alphas) {
    let tr = 0;
    let va = 0;
    for (let k = 0; k < K; k++) {
      const val = members[k]!;
      const train = folds.flatMap((f, i) => (f === k ? [] : [i]));
      const model = fitRidge(X, y, train, alpha);
      tr += mse(X, y, train, model) / K;
      va += mse(X, y, val, model) / K;
    }
    trainMse.push(tr);
    valMse.push(va);
  }
  let bestIndex = 0;
  for (let a = 1; a < alphas.length; a++) if (valMse[a]! < valMse[bestIndex]!) bestIndex = a;
  return { trainMse, valMse, bestIndex };
}
