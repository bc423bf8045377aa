// expect: wrong_answer
// mistake: fills blocked scores with -Infinity, so a fully masked row becomes NaN instead of uniform
// caught-by: every row fully masked
export function scaledDotProductAttention(Q: number[][], K: number[][], V: number[][], mask: number[][] | null): { output: number[][]; weights: number[][] } {
  const dk = Q[0]!.length;
  const weights = Q.map((q, i) => {
    const scores = K.map((k, j) => (mask !== null && mask[i]![j] === 0 ? -Infinity : q.reduce((s, v, p) => s + v * k[p]!, 0) / Math.sqrt(dk)));
    const max = Math.max(...scores);
    const exps = scores.map((s) => Math.exp(s - max));
    const sum = exps.reduce((a, b) => a + b, 0);
    return exps.map((e) => e / sum);
  });
  const output = weights.map((w) => V[0]!.map((_, c) => w.reduce((s, wj, j) => s + wj * V[j]![c]!, 0)));
  return { output, weights };
}
