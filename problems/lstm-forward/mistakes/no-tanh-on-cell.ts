// expect: wrong_answer
// mistake: outputs h_t = o_t * c_t, leaving out the tanh on the cell state
// caught-by: single step
export function lstmForward(xs: number[][], h0: number[], c0: number[], Wih: number[][], Whh: number[][], bih: number[], bhh: number[]): { hs: number[][]; cT: number[] } {
  const H = h0.length, D = Wih[0]?.length ?? 0;
  if (c0.length !== H || Wih.length !== 4 * H || Whh.length !== 4 * H || bih.length !== 4 * H || bhh.length !== 4 * H || xs.some((x) => x.length !== D) || Wih.some((r) => r.length !== D) || Whh.some((r) => r.length !== H)) throw new Error('bad shapes');
  const sig = (u: number) => 1 / (1 + Math.exp(-u));
  let h = h0.slice(), c = c0.slice();
  const hs: number[][] = [];
  for (const x of xs) {
    const a = Wih.map((row, r) => row.reduce((s, w, d) => s + w * x[d], bih[r] + bhh[r]) + Whh[r].reduce((s, w, k) => s + w * h[k], 0));
    const nc: number[] = [], nh: number[] = [];
    for (let j = 0; j < H; j++) {
      const i = sig(a[j]), f = sig(a[H + j]), g = Math.tanh(a[2 * H + j]), o = sig(a[3 * H + j]);
      nc.push(f * c[j] + i * g);
      nh.push(o * nc[j]);
    }
    c = nc; h = nh; hs.push(h);
  }
  return { hs, cT: c };
}
