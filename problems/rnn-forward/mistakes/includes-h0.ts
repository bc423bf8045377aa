// expect: wrong_answer
// mistake: records the state before each update, so hs starts with h0 and drops h_T (an off-by-one in the time index)
// caught-by: single step
export function rnnForward(xs: number[][], h0: number[], Wxh: number[][], Whh: number[][], bh: number[], Why: number[][], by: number[]): { hs: number[][]; ys: number[][] } {
  const H = h0.length, O = Why.length;
  const D = Wxh[0]?.length ?? 0;
  if (Whh.length !== H || Wxh.length !== H || bh.length !== H || by.length !== O || xs.some((x) => x.length !== D) || Why.some((r) => r.length !== H) || Whh.some((r) => r.length !== H)) throw new Error('shapes');
  const hs: number[][] = [], ys: number[][] = [];
  let h = h0.slice();
  for (const x of xs) {
    hs.push(h);
    ys.push(Why.map((row, o) => row.reduce((s, w, k) => s + w * h[k], by[o])));
    h = Wxh.map((row, j) => Math.tanh(row.reduce((s, w, d) => s + w * x[d], 0) + Whh[j].reduce((s, w, k) => s + w * h[k], 0) + bh[j]));
  }
  return { hs, ys };
}
