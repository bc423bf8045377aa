// Reference: plain float64 TypeScript, the KKT system solved by the kit's pivoted LU.
import { solve } from '../../grader/reference-kit/linalg.ts';

export function eqConstrainedQp(Q: number[][], c: number[], A: number[][], b: number[]): { x: number[]; lambda: number[] } {
  const n = c.length;
  const k = b.length;
  if (n === 0) throw new Error('c must not be empty');
  if (Q.length !== n || Q.some((row) => row.length !== n)) throw new Error('Q must be n×n with n = c.length');
  if (A.length !== k || A.some((row) => row.length !== n)) throw new Error('A must be k×n with k = b.length');
  const scale = Math.max(...Q.flat().map(Math.abs));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) if (Math.abs(Q[i]![j]! - Q[j]![i]!) > 1e-9 * scale) throw new Error('Q must be symmetric');
  }
  // [[Q, Aᵀ], [A, 0]] · [x; λ] = [−c; b]
  const K = Array.from({ length: n + k }, (_, r) => Array.from({ length: n + k }, (_, s) => {
    if (r < n) return s < n ? Q[r]![s]! : A[s - n]![r]!;
    return s < n ? A[r - n]![s]! : 0;
  }));
  let sol: number[];
  try {
    sol = solve(K, [...c.map((v) => -v), ...b], 1e-10);
  } catch {
    throw new Error('the KKT matrix is singular: redundant constraints, or Q is not positive definite on their null space');
  }
  return { x: sol.slice(0, n), lambda: sol.slice(n) };
}
