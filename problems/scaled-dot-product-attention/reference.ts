import { matmul, softmaxRow } from '../../grader/reference-kit/float64.ts';

/**
 * Plain float64. The catalog's TF.js formulation (matMul, where(mask == 0, -1e9), softmax, matMul)
 * is kept as an independent cross-check in tests/unit/grader/reference-precision.test.ts: float32
 * cannot hold a tenth of rtol 1e-5 on the large case.
 */
export function scaledDotProductAttention(
  Q: number[][],
  K: number[][],
  V: number[][],
  mask: number[][] | null,
): { output: number[][]; weights: number[][] } {
  const dk = Q[0]?.length ?? 0;
  const scale = Math.sqrt(dk);
  const scores = matmul(Q, K, true).map((row, i) => row.map((s, j) => (mask !== null && mask[i]![j] === 0 ? -1e9 : s / scale)));
  const weights = scores.map((row) => softmaxRow(row));
  return { output: matmul(weights, V), weights };
}
