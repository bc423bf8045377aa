export function scaledDotProductAttention(
  Q: number[][],
  K: number[][],
  V: number[][],
  mask: number[][] | null,
): { output: number[][]; weights: number[][] } {
  const dk = Q[0]!.length;
  const scale = Math.sqrt(dk);
  const weights = Q.map((q, i) => {
    const scores = K.map((k, j) => {
      if (mask !== null && mask[i]![j] === 0) return -1e9;
      let s = 0;
      for (let p = 0; p < dk; p++) s += q[p]! * k[p]!;
      return s / scale;
    });
    const max = Math.max(...scores);
    const exps = scores.map((s) => Math.exp(s - max));
    const sum = exps.reduce((a, b) => a + b, 0);
    return exps.map((e) => e / sum);
  });
  const dv = V[0]!.length;
  const output = weights.map((w) => {
    const row = new Array<number>(dv).fill(0);
    for (let j = 0; j < w.length; j++) for (let c = 0; c < dv; c++) row[c]! += w[j]! * V[j]![c]!;
    return row;
  });
  return { output, weights };
}
