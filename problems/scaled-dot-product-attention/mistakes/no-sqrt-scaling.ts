// expect: wrong_answer
// mistake: forgets to divide the scores by sqrt(d_k)
// caught-by: scaling by sqrt(d_k) matters
export function scaledDotProductAttention(Q: number[][], K: number[][], V: number[][], mask: number[][] | null): { output: number[][]; weights: number[][] } {
  const weights = Q.map((q, i) => {
    const scores = K.map((k, j) => (mask !== null && mask[i]![j] === 0 ? -1e9 : q.reduce((s, v, p) => s + v * k[p]!, 0)));
    const max = Math.max(...scores);
    const exps = scores.map((s) => Math.exp(s - max));
    const sum = exps.reduce((a, b) => a + b, 0);
    return exps.map((e) => e / sum);
  });
  const output = weights.map((w) => V[0]!.map((_, c) => w.reduce((s, wj, j) => s + wj * V[j]![c]!, 0)));
  return { output, weights };
}
