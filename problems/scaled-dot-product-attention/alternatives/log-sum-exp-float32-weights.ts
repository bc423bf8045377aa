// alternative: log-sum-exp softmax with the weights kept in a Float32Array (rows sum to 1 only within float32 rounding)
export function scaledDotProductAttention(
  Q: number[][],
  K: number[][],
  V: number[][],
  mask: number[][] | null,
): { output: number[][]; weights: number[][] } {
  const dk = Q[0]!.length;
  const weights: number[][] = [];
  for (let i = 0; i < Q.length; i++) {
    const scores = K.map((k, j) => (mask !== null && mask[i]![j] === 0 ? -1e9 : Q[i]!.reduce((s, q, p) => s + q * k[p]!, 0) / Math.sqrt(dk)));
    const max = Math.max(...scores);
    const lse = max + Math.log(scores.reduce((s, x) => s + Math.exp(x - max), 0));
    weights.push(Array.from(Float32Array.from(scores, (s) => Math.exp(s - lse))));
  }
  const output = weights.map((w) => V[0]!.map((_, c) => w.reduce((s, wj, j) => s + wj * V[j]![c]!, 0)));
  return { output, weights };
}
