// expect: wrong_answer
// mistake: overwrites h[j] while later units still need the old h_{t-1}, mixing h_t and h_{t-1} inside one step
// caught-by: nonzero initial state, no input
export function rnnForward(xs: number[][], h0: number[], Wxh: number[][], Whh: number[][], bh: number[], Why: number[][], by: number[]): { hs: number[][]; ys: number[][] } {
  const H = h0.length, O = Why.length;
  const D = Wxh[0]?.length ?? 0;
  if (Whh.length !== H || Wxh.length !== H || bh.length !== H || by.length !== O || xs.some((x) => x.length !== D) || Why.some((r) => r.length !== H) || Whh.some((r) => r.length !== H)) throw new Error('shapes');
  const hs: number[][] = [], ys: number[][] = [];
  const h = h0.slice();
  for (const x of xs) {
    for (let j = 0; j < H; j++) {
      let s = bh[j];
      for (let d = 0; d < D; d++) s += Wxh[j][d] * x[d];
      for (let k = 0; k < H; k++) s += Whh[j][k] * h[k];
      h[j] = Math.tanh(s);
    }
    hs.push(h.slice());
    ys.push(Why.map((row, o) => row.reduce((s, w, k) => s + w * h[k], by[o])));
  }
  return { hs, ys };
}
