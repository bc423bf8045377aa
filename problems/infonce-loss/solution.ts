export function infoNce(A: number[][], B: number[][], tau: number): number {
  const N = A.length;
  if (N === 0 || B.length !== N) throw new Error('row counts');
  const d = A[0].length;
  if (d === 0 || A.some((r) => r.length !== d) || B.some((r) => r.length !== d)) throw new Error('row widths');
  if (!(tau > 0) || tau === Infinity) throw new Error('tau must be > 0');
  const unit = (x: number[]) => {
    const n = Math.max(Math.hypot(...x), 1e-12);
    return x.map((v) => v / n);
  };
  const a = A.map(unit), b = B.map(unit);
  let loss = 0;
  for (let i = 0; i < N; i++) {
    // cross-entropy of row i of the cosine-similarity matrix, with the positive on the diagonal
    const logits = b.map((bj) => {
      let s = 0;
      for (let k = 0; k < d; k++) s += a[i][k] * bj[k];
      return s / tau;
    });
    const m = Math.max(...logits);
    let z = 0;
    for (const l of logits) z += Math.exp(l - m);
    loss += m + Math.log(z) - logits[i];
  }
  return loss / N;
}
