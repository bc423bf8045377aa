// expect: wrong_answer
// mistake: adds the hidden bias b_hn outside the reset gate, n = tanh(W_in x + b_in + r⊙(W_hn h) + b_hn)
// caught-by: hidden bias of the candidate sits inside the reset gate
export function gruForward(xs: number[][], h0: number[], Wih: number[][], Whh: number[][], bih: number[], bhh: number[]): number[][] {
  const H = h0.length, D = Wih[0]?.length ?? 0;
  if (!H || !D || Wih.length !== 3 * H || Whh.length !== 3 * H || bih.length !== 3 * H || bhh.length !== 3 * H) throw new Error('bad shapes');
  if (Wih.some((r) => r.length !== D) || Whh.some((r) => r.length !== H) || xs.some((x) => x.length !== D)) throw new Error('bad shapes');
  const sig = (u: number) => (u >= 0 ? 1 / (1 + Math.exp(-u)) : Math.exp(u) / (1 + Math.exp(u)));
  const affine = (W: number[][], b: number[], v: number[]) => W.map((row, r) => {
    let s = b[r];
    for (let j = 0; j < v.length; j++) s += row[j] * v[j];
    return s;
  });
  let h = h0.slice();
  const hs: number[][] = [];
  for (const x of xs) {
    const gi = affine(Wih, bih, x);
    const gh = affine(Whh, bhh, h); // includes b_hn, so the reset gate multiplies W_hn h + b_hn
    const next = new Array(H);
    for (let j = 0; j < H; j++) {
      const r = sig(gi[j] + gh[j]);
      const z = sig(gi[H + j] + gh[H + j]);
      const n = Math.tanh(gi[2 * H + j] + r * (gh[2 * H + j] - bhh[2 * H + j]) + bhh[2 * H + j]);
      next[j] = (1 - z) * n + z * h[j];
    }
    h = next;
    hs.push(h);
  }
  return hs;
}
