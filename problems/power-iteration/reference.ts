// Reference: plain float64 TypeScript (tf would be float32).
import { dot, matVec, norm2 } from '../../grader/reference-kit/linalg.ts';

export function powerIteration(A: number[][], v0: number[], iters: number): { eigenvalue: number; eigenvector: number[] } {
  const n = A.length;
  if (n === 0 || A.some((row) => row.length !== n)) throw new Error('A must be a non-empty square matrix');
  if (v0.length !== n) throw new Error('v0 must have one entry per row of A');
  if ([...A.flat(), ...v0].some((x) => !Number.isFinite(x))) throw new Error('entries must be finite');
  if (!Number.isInteger(iters) || iters < 0) throw new Error('iters must be a non-negative integer');
  const n0 = norm2(v0);
  if (n0 === 0) throw new Error('v0 must not be the zero vector');
  let v = v0.map((x) => x / n0);
  for (let k = 0; k < iters; k++) {
    const w = matVec(A, v);
    const nw = norm2(w);
    if (nw === 0) throw new Error('A·v is the zero vector: the iteration cannot continue');
    v = w.map((x) => x / nw);
  }
  return { eigenvalue: dot(v, matVec(A, v)), eigenvector: v };
}
