export function additiveAttention(
  s: number[],
  H: number[][],
  Ws: number[][],
  Wh: number[][],
  b: number[],
  v: number[],
): { scores: number[]; weights: number[]; context: number[] } {
  const A = v.length, S = H.length;
  if (S === 0 || A === 0) throw new Error('empty input');
  const dh = H[0].length;
  if (H.some((h) => h.length !== dh)) throw new Error('ragged encoder outputs');
  if (Ws.length !== A || Ws.some((r) => r.length !== s.length)) throw new Error('Ws shape');
  if (Wh.length !== A || Wh.some((r) => r.length !== dh)) throw new Error('Wh shape');
  if (b.length !== A) throw new Error('b shape');

  // the decoder-state projection is the same for every encoder position: compute it once
  const q = Ws.map((row, a) => row.reduce((acc, w, k) => acc + w * s[k], b[a]));
  const scores = H.map((h) => {
    let e = 0;
    for (let a = 0; a < A; a++) {
      let u = q[a];
      for (let k = 0; k < dh; k++) u += Wh[a][k] * h[k];
      e += v[a] * Math.tanh(u);
    }
    return e;
  });
  const m = Math.max(...scores);
  const ex = scores.map((e) => Math.exp(e - m));
  const z = ex.reduce((acc, e) => acc + e, 0);
  const weights = ex.map((e) => e / z);
  const context = new Array(dh).fill(0);
  for (let j = 0; j < S; j++) for (let k = 0; k < dh; k++) context[k] += weights[j] * H[j][k];
  return { scores, weights, context };
}
