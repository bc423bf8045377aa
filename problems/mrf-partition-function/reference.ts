// Reference: plain float64 TypeScript, exact enumeration of the 2ⁿ assignments in log space.

export function mrfPartition(unary: number[][], edges: number[][], pairwise: number[][][]): { logZ: number; marginals: number[] } {
  const n = unary.length;
  if (n === 0 || n > 20) throw new Error('need between 1 and 20 variables');
  if (unary.some((u) => u.length !== 2)) throw new Error('every unary table has two entries');
  if (edges.length !== pairwise.length) throw new Error('one pairwise table per edge');
  edges.forEach((e, k) => {
    if (e.length !== 2 || !e.every((v) => Number.isInteger(v) && v >= 0 && v < n) || e[0] === e[1]) throw new Error(`edge ${k} must join two different variables`);
    const t = pairwise[k]!;
    if (t.length !== 2 || t.some((row) => row.length !== 2)) throw new Error(`pairwise table ${k} must be 2×2`);
  });
  if ([...unary.flat(), ...pairwise.flat(2)].some((v) => !(v >= 0) || !Number.isFinite(v))) throw new Error('potentials must be finite and ≥ 0');
  const logU = unary.map((u) => u.map(Math.log));
  const logP = pairwise.map((t) => t.map((row) => row.map(Math.log)));
  const total = 1 << n;
  const scores = new Float64Array(total);
  let max = Number.NEGATIVE_INFINITY;
  for (let a = 0; a < total; a++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += logU[i]![(a >> i) & 1]!;
    for (let k = 0; k < edges.length; k++) s += logP[k]![(a >> edges[k]![0]!) & 1]![(a >> edges[k]![1]!) & 1]!;
    scores[a] = s;
    if (s > max) max = s;
  }
  if (max === Number.NEGATIVE_INFINITY) return { logZ: Number.NEGATIVE_INFINITY, marginals: new Array<number>(n).fill(Number.NaN) };
  let sum = 0;
  const ones = new Array<number>(n).fill(0);
  for (let a = 0; a < total; a++) {
    const w = Math.exp(scores[a]! - max);
    sum += w;
    for (let i = 0; i < n; i++) if ((a >> i) & 1) ones[i]! += w;
  }
  return { logZ: max + Math.log(sum), marginals: ones.map((o) => o / sum) };
}
