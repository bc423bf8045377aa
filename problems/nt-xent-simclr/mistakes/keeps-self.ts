// expect: wrong_answer
// mistake: keeps k = i in the denominator, so every anchor's self-similarity 1/τ dominates the softmax
// caught-by: τ = 0.1
export function ntXent(Z: number[][], tau: number): number {
  const M = Z.length;
  if (M === 0 || M % 2 !== 0) throw new Error('need 2N rows');
  const d = Z[0].length;
  if (d === 0 || Z.some((r) => r.length !== d)) throw new Error('ragged rows');
  if (!(tau > 0) || tau === Infinity) throw new Error('tau must be > 0');
  const N = M / 2;
  const z = Z.map((x) => {
    const n = Math.max(Math.hypot(...x), 1e-12);
    return x.map((v) => v / n);
  });
  let loss = 0;
  for (let i = 0; i < M; i++) {
    const pos = i < N ? i + N : i - N;
    const logits: number[] = [];
    let positive = 0;
    for (let k = 0; k < M; k++) {
      let s = 0;
      for (let c = 0; c < d; c++) s += z[i][c] * z[k][c];
      logits.push(s / tau);
      if (k === pos) positive = s / tau;
    }
    const m = Math.max(...logits);
    loss += m + Math.log(logits.reduce((acc, l) => acc + Math.exp(l - m), 0)) - positive;
  }
  return loss / M;
}
