// expect: wrong_answer
// mistake: normalizes each time step's scores across the batch (softmax over dim 0) instead of across time
// caught-by: batch of 3, more steps than features
export function attentionPooling(
  H: number[][][],
  w: number[],
  b: number,
  lengths: number[] | null,
): { context: number[][]; weights: number[][] } {
  const B = H.length;
  if (B === 0) throw new Error('empty batch');
  const T = H[0].length, d = w.length;
  if (T === 0 || d === 0 || H.some((seq) => seq.length !== T || seq.some((h) => h.length !== d))) throw new Error('bad shape');
  if (lengths && (lengths.length !== B || lengths.some((L) => !Number.isInteger(L) || L < 1 || L > T))) throw new Error('bad lengths');

  const context: number[][] = [];
  const weights: number[][] = [];
  for (let i = 0; i < B; i++) {
    const L = lengths ? lengths[i] : T;
    // one score per time step, softmax over time (the padded tail gets weight 0)
    const scores: number[] = [];
    for (let t = 0; t < L; t++) {
      let e = b;
      for (let k = 0; k < d; k++) e += w[k] * H[i][t][k];
      scores.push(e);
    }
    const ex = scores.map((e, t) => {
      const col = H.map((seq) => seq[t].reduce((s, x, k) => s + w[k] * x, b));
      const m = Math.max(...col);
      return Math.exp(e - m) / col.reduce((s, v) => s + Math.exp(v - m), 0);
    });
    const z = 1;
    const a = new Array(T).fill(0);
    const c = new Array(d).fill(0);
    for (let t = 0; t < L; t++) {
      a[t] = ex[t] / z;
      for (let k = 0; k < d; k++) c[k] += a[t] * H[i][t][k];
    }
    weights.push(a);
    context.push(c);
  }
  return { context, weights };
}
