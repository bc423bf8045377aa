// Reference: plain float64 TypeScript with the reference kit's Cholesky factorisation.
import { cholesky, forwardSubstitute } from '../../grader/reference-kit/linalg.ts';

export function mvnLogPdf(X: number[][], mu: number[], Sigma: number[][]): number[] {
  const k = mu.length;
  if (k === 0) throw new Error('mu must not be empty');
  if (Sigma.length !== k || Sigma.some((row) => row.length !== k)) throw new Error('Sigma must be k×k');
  if ([...mu, ...Sigma.flat()].some((v) => !Number.isFinite(v))) throw new Error('mu and Sigma must be finite');
  if (X.some((row) => row.length !== k || row.some((v) => !Number.isFinite(v)))) throw new Error('every row of X must have k finite entries');
  let scale = 0;
  for (const row of Sigma) for (const v of row) scale = Math.max(scale, Math.abs(v));
  for (let i = 0; i < k; i++) for (let j = 0; j < i; j++) {
    if (Math.abs(Sigma[i]![j]! - Sigma[j]![i]!) > 1e-12 * scale) throw new Error('Sigma must be symmetric');
  }
  const L = cholesky(Sigma); // throws when Sigma is not positive definite
  let logDet = 0;
  for (let i = 0; i < k; i++) logDet += 2 * Math.log(L[i]![i]!);
  const constant = k * Math.log(2 * Math.PI) + logDet;
  return X.map((x) => {
    const z = forwardSubstitute(L, x.map((v, i) => v - mu[i]!));
    let quad = 0;
    for (const v of z) quad += v * v;
    return -0.5 * (constant + quad);
  });
}
