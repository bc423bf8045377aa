// expect: wrong_answer
// mistake: forgets to divide the scores by √d_k
// caught-by: one head
export function multiHeadAttention(
  q: number[][],
  k: number[][],
  v: number[][],
  Wq: number[][],
  bq: number[],
  Wk: number[][],
  bk: number[],
  Wv: number[][],
  bv: number[],
  Wo: number[][],
  bo: number[],
  numHeads: number,
  mask: number[][] | null,
): { output: number[][]; weights: number[][][] } {
  const d = bq.length;
  if (d % numHeads !== 0) throw new Error('d_model must be divisible by numHeads');
  const dk = d / numHeads;
  // y = x Wᵀ + b  (W is out × in)
  const linear = (X: number[][], W: number[][], b: number[]) =>
    X.map((x) => b.map((bo_, o) => {
      let s = bo_;
      const w = W[o]!;
      for (let i = 0; i < x.length; i++) s += x[i]! * w[i]!;
      return s;
    }));
  const Q = linear(q, Wq, bq), K = linear(k, Wk, bk), V = linear(v, Wv, bv);
  const n = Q.length, m = K.length;
  const concat: number[][] = Array.from({ length: n }, () => new Array<number>(d).fill(0));
  const weights: number[][][] = [];
  const scale = 1 / Math.sqrt(dk);
  for (let hd = 0; hd < numHeads; hd++) {
    const off = hd * dk;
    const A: number[][] = [];
    for (let a = 0; a < n; a++) {
      const row = new Array<number>(m);
      for (let b = 0; b < m; b++) {
        if (mask && mask[a]![b] === 0) { row[b] = -1e9; continue; }
        let s = 0;
        for (let c = 0; c < dk; c++) s += Q[a]![off + c]! * K[b]![off + c]!;
        row[b] = s;
      }
      const mx = Math.max(...row);
      let z = 0;
      for (let b = 0; b < m; b++) { row[b] = Math.exp(row[b]! - mx); z += row[b]!; }
      for (let b = 0; b < m; b++) row[b] = row[b]! / z;
      for (let c = 0; c < dk; c++) {
        let s = 0;
        for (let b = 0; b < m; b++) s += row[b]! * V[b]![off + c]!;
        concat[a]![off + c] = s;
      }
      A.push(row);
    }
    weights.push(A);
  }
  return { output: linear(concat, Wo, bo), weights };
}
