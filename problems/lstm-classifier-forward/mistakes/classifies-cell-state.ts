// expect: wrong_answer
// mistake: feeds the final cell state c_T to the classifier instead of the hidden state h_T
// caught-by: random 2
export function lstmClassifier(
  tokens: number[][], E: number[][], Wih: number[][], Whh: number[][], bih: number[], bhh: number[], Wfc: number[][], bfc: number[],
): { logits: number[][]; hT: number[][]; cT: number[][] } {
  const V = E.length, D = E[0].length, H = Whh[0].length, K = bfc.length;
  if (Wih.length !== 4 * H || Whh.length !== 4 * H || bih.length !== 4 * H || bhh.length !== 4 * H) throw new Error('gate shapes');
  if (Wih.some((r) => r.length !== D) || Whh.some((r) => r.length !== H) || Wfc.length !== K || Wfc.some((r) => r.length !== H)) throw new Error('weight shapes');
  if (tokens.length === 0 || tokens[0].length === 0 || tokens.some((s) => s.length !== tokens[0].length)) throw new Error('tokens shape');
  if (tokens.some((s) => s.some((id) => !Number.isInteger(id) || id < 0 || id >= V))) throw new Error('token id out of range');
  const sig = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

  const hT: number[][] = [], cT: number[][] = [];
  for (const seq of tokens) {
    let h = new Array(H).fill(0), c = new Array(H).fill(0);
    for (const id of seq) {
      const x = E[id];
      const a = [];
      for (let r = 0; r < 4 * H; r++) {
        let s = bih[r] + bhh[r];
        for (let j = 0; j < D; j++) s += Wih[r][j] * x[j];
        for (let j = 0; j < H; j++) s += Whh[r][j] * h[j];
        a.push(s);
      }
      // PyTorch packs the gates as [input, forget, candidate, output]
      const nc = [], nh = [];
      for (let u = 0; u < H; u++) {
        const i = sig(a[u]), f = sig(a[H + u]), g = Math.tanh(a[2 * H + u]), o = sig(a[3 * H + u]);
        nc.push(f * c[u] + i * g);
        nh.push(o * Math.tanh(nc[u]));
      }
      h = nh;
      c = nc;
    }
    hT.push(h);
    cT.push(c);
  }
  const logits = cT.map((c) => bfc.map((b, k) => c.reduce((s, cu, u) => s + Wfc[k][u] * cu, b)));
  return { logits, hT, cT };
}
