// expect: wrong_answer
// mistake: checks the length of bih but not of bhh, so a short hidden bias adds undefined (NaN) to a gate
// caught-by: a bias of the wrong length throws
export function lstmForward(xs: number[][], h0: number[], c0: number[], Wih: number[][], Whh: number[][], bih: number[], bhh: number[]): { hs: number[][]; cT: number[] } {
  const H = h0.length;
  const D = Wih.length > 0 ? Wih[0].length : 0;
  if (c0.length !== H || Wih.length !== 4 * H || Whh.length !== 4 * H || bih.length !== 4 * H) throw new Error('bad shapes');
  if (Wih.some((r) => r.length !== D) || Whh.some((r) => r.length !== H) || xs.some((x) => x.length !== D)) throw new Error('bad shapes');
  const sigmoid = (u: number) => (u >= 0 ? 1 / (1 + Math.exp(-u)) : Math.exp(u) / (1 + Math.exp(u)));
  let h = h0.slice();
  let c = c0.slice();
  const hs: number[][] = [];
  for (const x of xs) {
    const a = new Array<number>(4 * H);
    for (let r = 0; r < 4 * H; r++) {
      let s = bih[r] + bhh[r];
      for (let d = 0; d < D; d++) s += Wih[r][d] * x[d];
      for (let k = 0; k < H; k++) s += Whh[r][k] * h[k];
      a[r] = s;
    }
    const cNew = new Array<number>(H);
    const hNew = new Array<number>(H);
    for (let j = 0; j < H; j++) {
      const i = sigmoid(a[j]), f = sigmoid(a[H + j]), g = Math.tanh(a[2 * H + j]), o = sigmoid(a[3 * H + j]);
      cNew[j] = f * c[j] + i * g;
      hNew[j] = o * Math.tanh(cNew[j]);
    }
    c = cNew;
    h = hNew;
    hs.push(h);
  }
  return { hs, cT: c };
}
