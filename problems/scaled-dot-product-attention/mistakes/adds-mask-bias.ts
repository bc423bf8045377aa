// expect: wrong_answer
// mistake: adds -1e9 to blocked scores instead of replacing them, so a fully masked row keeps the unmasked softmax
// caught-by: fully masked row gives uniform weights
export function scaledDotProductAttention(Q: number[][], K: number[][], V: number[][], mask: number[][] | null): { output: number[][]; weights: number[][] } {
  const dk = Q[0]!.length;
  const weights = Q.map((q, i) => {
    const scores = K.map((k, j) => q.reduce((s, v, p) => s + v * k[p]!, 0) / Math.sqrt(dk) + (mask !== null && mask[i]![j] === 0 ? -1e9 : 0));
    const max = Math.max(...scores);
    const exps = scores.map((s) => Math.exp(s - max));
    const sum = exps.reduce((a, b) => a + b, 0);
    return exps.map((e) => e / sum);
  });
  const output = weights.map((w) => V[0]!.map((_, c) => w.reduce((s, wj, j) => s + wj * V[j]![c]!, 0)));
  return { output, weights };
}
