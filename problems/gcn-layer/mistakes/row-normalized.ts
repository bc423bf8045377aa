// expect: wrong_answer
// mistake: normalizes by D̃⁻¹ on the left only (a mean over neighbours) instead of D̃^{-1/2} on both sides
// caught-by: star graph (unequal degrees)
export function gcnLayer(A: number[][], H: number[][], W: number[][]): number[][] {
  const n = A.length;
  if (n === 0 || A.some((r) => r.length !== n)) throw new Error('A must be square and non-empty');
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++)
      if (!(A[i][j] >= 0) || A[i][j] === Infinity || A[i][j] !== A[j][i]) throw new Error('A must be symmetric with non-negative weights');
  const f = H[0]?.length ?? 0, out = W[0]?.length ?? 0;
  if (H.length !== n || H.some((r) => r.length !== f) || W.length !== f || W.some((r) => r.length !== out)) throw new Error('shapes');

  // Ã = A + I; degrees of Ã are always ≥ 1, so the normalization never divides by zero
  const deg = A.map((row, i) => row.reduce((s, a) => s + a, 0) + 1);
  const scale = deg.map((d) => 1 / Math.sqrt(d));
  const HW = H.map((h) => Array.from({ length: out }, (_, k) => {
    let s = 0;
    for (let c = 0; c < f; c++) s += h[c] * W[c][k];
    return s;
  }));
  return A.map((row, i) => {
    const acc = new Array(out).fill(0);
    for (let j = 0; j < n; j++) {
      const a = row[j] + (i === j ? 1 : 0);
      if (a === 0) continue;
      const wgt = (a / deg[i]);
      for (let k = 0; k < out; k++) acc[k] += wgt * HW[j][k];
    }
    return acc.map((v) => (v > 0 ? v : 0));
  });
}
