// expect: wrong_answer
// mistake: squashes the outputs with tanh too, although y_t = Why h_t + by is linear
// caught-by: saturating weights
export function rnnForward(xs: number[][], h0: number[], Wxh: number[][], Whh: number[][], bh: number[], Why: number[][], by: number[]): { hs: number[][]; ys: number[][] } {
  const H = h0.length, O = Why.length;
  const D = Wxh[0]?.length ?? 0;
  if (Whh.length !== H || Wxh.length !== H || bh.length !== H || by.length !== O || xs.some((x) => x.length !== D) || Why.some((r) => r.length !== H) || Whh.some((r) => r.length !== H)) throw new Error('shapes');
  const hs: number[][] = [], ys: number[][] = [];
  let h = h0.slice();
  for (const x of xs) {
    const prev = h;
    h = Wxh.map((row, j) => Math.tanh(row.reduce((s, w, d) => s + w * x[d], 0) + Whh[j].reduce((s, w, k) => s + w * prev[k], 0) + bh[j]));
    hs.push(h);
    ys.push(Why.map((row, o) => Math.tanh(row.reduce((s, w, k) => s + w * h[k], by[o]))));
  }
  return { hs, ys };
}
