export function scaledDotProductAttention(
  Q: number[][],
  K: number[][],
  V: number[][],
  mask: number[][] | null,
): { output: number[][]; weights: number[][] } {
  // TODO: scores = Q·Kᵀ / sqrt(d_k); blocked scores := -1e9; row softmax; output = weights · V
  const weights = Q.map(() => K.map(() => 0));
  const output = Q.map(() => (V[0] ?? []).map(() => 0));
  return { output, weights };
}
