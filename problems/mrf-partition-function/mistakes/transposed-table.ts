// expect: wrong_answer
// mistake: reads the pairwise table as [x_j][x_i] instead of [x_i][x_j] for an edge [i, j]
// caught-by: an asymmetric pairwise table
export function mrfPartition(unary: number[][], edges: number[][], pairwise: number[][][]): { logZ: number; marginals: number[] } {
  const n = unary.length;
  if (n < 1 || n > 20) throw new Error('bad variable count');
  for (const u of unary) if (u.length !== 2 || u.some((v) => !Number.isFinite(v) || v < 0)) throw new Error('bad unary table');
  if (edges.length !== pairwise.length) throw new Error('edge/table mismatch');
  for (let k = 0; k < edges.length; k++) {
    const [i, j] = edges[k]!;
    if (edges[k]!.length !== 2 || !Number.isInteger(i) || !Number.isInteger(j) || i! < 0 || j! < 0 || i! >= n || j! >= n || i === j) throw new Error('bad edge');
    const t = pairwise[k]!;
    if (t.length !== 2 || t.some((r) => r.length !== 2 || r.some((v) => !Number.isFinite(v) || v < 0))) throw new Error('bad pairwise table');
  }
  const N = 2 ** n;
  const logw = new Array<number>(N);
  let best = -Infinity;
  for (let a = 0; a < N; a++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += Math.log(unary[i]![(a >> i) & 1]!);
    edges.forEach(([i, j], k) => { s += Math.log(pairwise[k]![(a >> j!) & 1]![(a >> i!) & 1]!); });
    logw[a] = s;
    best = Math.max(best, s);
  }
  if (best === -Infinity) return { logZ: -Infinity, marginals: unary.map(() => NaN) };
  let z = 0;
  const m = new Array<number>(n).fill(0);
  for (let a = 0; a < N; a++) {
    const w = Math.exp(logw[a]! - best);
    z += w;
    for (let i = 0; i < n; i++) if ((a >> i) & 1) m[i]! += w;
  }
  return { logZ: best + Math.log(z), marginals: m.map((v) => v / z) };
}
