// Reference: plain float64 TypeScript; the trace of the matrix square root from a symmetric eigendecomposition.
import { symmetricEigen } from '../../grader/reference-kit/linalg.ts';

function meanAndCovariance(X: number[][]): { mean: number[]; cov: number[][] } {
  const n = X.length, d = X[0]!.length;
  const mean = Array.from({ length: d }, (_, j) => X.reduce((s, row) => s + row[j]!, 0) / n);
  const cov = Array.from({ length: d }, (_, a) => Array.from({ length: d }, (_, b) => X.reduce((s, row) => s + (row[a]! - mean[a]!) * (row[b]! - mean[b]!), 0) / (n - 1)));
  return { mean, cov };
}

/** S^{1/2} of a symmetric positive semi-definite S (negative round-off eigenvalues clamped to 0). */
function sqrtPsd(S: number[][]): number[][] {
  const { values, vectors } = symmetricEigen(S);
  const d = S.length;
  return Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => values.reduce((s, lam, k) => s + Math.sqrt(Math.max(lam, 0)) * vectors[k]![i]! * vectors[k]![j]!, 0)));
}

const matmul = (A: number[][], B: number[][]): number[][] => A.map((row) => B[0]!.map((_, j) => row.reduce((s, v, k) => s + v * B[k]![j]!, 0)));

export function fid(featReal: number[][], featGen: number[][]): number {
  if (featReal.length < 2 || featGen.length < 2) throw new Error('each feature set needs at least two rows');
  const d = featReal[0]!.length;
  if (d === 0 || [...featReal, ...featGen].some((row) => row.length !== d || row.some((v) => !Number.isFinite(v)))) throw new Error('feature sets must be finite matrices with the same number of columns');
  const r = meanAndCovariance(featReal), g = meanAndCovariance(featGen);
  const root = sqrtPsd(r.cov);
  const M = matmul(matmul(root, g.cov), root); // Σr^{1/2} Σg Σr^{1/2}: symmetric, same eigenvalues as Σr Σg
  const sym = M.map((row, i) => row.map((v, j) => (v + M[j]![i]!) / 2));
  const traceSqrt = symmetricEigen(sym).values.reduce((s, lam) => s + Math.sqrt(Math.max(lam, 0)), 0);
  let dist = 0, trace = 0;
  for (let j = 0; j < d; j++) {
    dist += (r.mean[j]! - g.mean[j]!) ** 2;
    trace += r.cov[j]![j]! + g.cov[j]![j]!;
  }
  return Math.max(0, dist + trace - 2 * traceSqrt);
}
