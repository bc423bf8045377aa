// expect: wrong_answer
// mistake: checks the weight matrices but not the bias lengths, so a wrong bh or by is used as far as it goes
// caught-by: output bias of the wrong length throws
export function rnnForward(xs: number[][], h0: number[], Wxh: number[][], Whh: number[][], bh: number[], Why: number[][], by: number[]): { hs: number[][]; ys: number[][] } {
  const H = h0.length;
  const O = Why.length;
  const D = H > 0 && Wxh.length > 0 ? Wxh[0].length : 0;
  const bad = Whh.length !== H || Whh.some((r) => r.length !== H) || Wxh.length !== H || Wxh.some((r) => r.length !== D) ||
    Why.some((r) => r.length !== H) || xs.some((x) => x.length !== D);
  if (bad) throw new Error('inconsistent shapes');
  const matVec = (W: number[][], v: number[]) => W.map((row) => row.reduce((s, w, k) => s + w * v[k], 0));
  const hs: number[][] = [];
  const ys: number[][] = [];
  let h = h0.slice();
  for (const x of xs) {
    const a = matVec(Wxh, x);
    const r = matVec(Whh, h);
    h = a.map((v, j) => Math.tanh(v + r[j] + bh[j]));
    hs.push(h);
    ys.push(matVec(Why, h).map((v, o) => v + by[o]));
  }
  return { hs, ys };
}
