export function loraForward(x: number[][], W: number[][], A: number[][], B: number[][], alpha: number): { y: number[][]; loraParams: number; fullParams: number } {
  const d = W.length, k = W[0]?.length ?? 0, r = A[0]?.length ?? 0;
  if (!d || !k || W.some((row) => row.length !== k)) throw new Error('W shape');
  if (!r || A.length !== d || A.some((row) => row.length !== r)) throw new Error('A shape');
  if (B.length !== r || B.some((row) => row.length !== k)) throw new Error('B shape');
  if (x.some((row) => row.length !== d)) throw new Error('x shape');
  const scale = alpha / r;
  // never form W + AB (d×k); go through the r-dimensional bottleneck instead: (xA)B
  const y = x.map((row) => {
    const low = new Array(r).fill(0);
    for (let i = 0; i < d; i++) for (let t = 0; t < r; t++) low[t] += row[i] * A[i][t];
    const out = new Array(k).fill(0);
    for (let j = 0; j < k; j++) {
      let s = 0;
      for (let i = 0; i < d; i++) s += row[i] * W[i][j];
      let u = 0;
      for (let t = 0; t < r; t++) u += low[t] * B[t][j];
      out[j] = s + scale * u;
    }
    return out;
  });
  return { y, loraParams: r * (d + k), fullParams: d * k };
}
