/** Plain float64 GCN layer H' = ReLU(D̃^{-1/2} (A + I) D̃^{-1/2} H W). */
export function gcnLayer(A: number[][], H: number[][], W: number[][]): number[][] {
  const n = A.length;
  if (n === 0) throw new Error('the graph needs at least one node');
  if (A.some((r) => r.length !== n)) throw new Error('A must be square');
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const a = A[i]![j]!;
      if (!(a >= 0) || !Number.isFinite(a)) throw new Error('edge weights must be finite and ≥ 0');
      if (a !== A[j]![i]) throw new Error('A must be symmetric (an undirected graph)');
    }
  }
  const f = H[0]?.length ?? 0;
  if (H.length !== n || H.some((r) => r.length !== f)) throw new Error(`H must have ${n} rows of equal length`);
  const out = W[0]?.length ?? 0;
  if (W.length !== f || W.some((r) => r.length !== out)) throw new Error(`W must be ${f}×out`);
  const At = A.map((row, i) => row.map((a, j) => a + (i === j ? 1 : 0)));
  const dInvSqrt = At.map((row) => 1 / Math.sqrt(row.reduce((s, a) => s + a, 0)));
  const HW = H.map((h) => Array.from({ length: out }, (_, k) => h.reduce((s, x, c) => s + x * W[c]![k]!, 0)));
  return At.map((row, i) => Array.from({ length: out }, (_, k) => {
    let s = 0;
    row.forEach((a, j) => { if (a !== 0) s += dInvSqrt[i]! * a * dInvSqrt[j]! * HW[j]![k]!; });
    return Math.max(0, s);
  }));
}
