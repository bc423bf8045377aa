// expect: wrong_answer
// mistake: applies the tanh derivative to the state a second time, 1 − tanh(h)², instead of 1 − h² (h already is tanh of the pre-activation)
// caught-by: large Whh (saturating states)
export function rnnBptt(
  xs: number[][],
  targets: number[][],
  h0: number[],
  Wxh: number[][],
  Whh: number[][],
  bh: number[],
  Why: number[][],
  by: number[],
): { loss: number; dWxh: number[][]; dWhh: number[][]; dbh: number[]; dWhy: number[][]; dby: number[]; dh0: number[] } {
  const T = xs.length, H = h0.length, O = Why.length, D = Wxh[0]?.length ?? 0;
  if (Whh.length !== H || Whh.some((r) => r.length !== H) || Wxh.length !== H || bh.length !== H) throw new Error('bad hidden shapes');
  if (Why.some((r) => r.length !== H) || by.length !== O || targets.length !== T) throw new Error('bad output shapes');
  if (xs.some((x) => x.length !== D) || targets.some((y) => y.length !== O)) throw new Error('bad row lengths');

  // forward, keeping every state (hs[0] = h0) and every output error
  const hs: number[][] = [h0.slice()];
  const es: number[][] = [];
  let loss = 0;
  for (let t = 0; t < T; t++) {
    const prev = hs[t];
    const h = new Array(H);
    for (let i = 0; i < H; i++) {
      let z = bh[i];
      for (let j = 0; j < D; j++) z += Wxh[i][j] * xs[t][j];
      for (let j = 0; j < H; j++) z += Whh[i][j] * prev[j];
      h[i] = Math.tanh(z);
    }
    hs.push(h);
    const e = new Array(O);
    for (let k = 0; k < O; k++) {
      let y = by[k];
      for (let i = 0; i < H; i++) y += Why[k][i] * h[i];
      e[k] = y - targets[t][k];
      loss += 0.5 * e[k] * e[k];
    }
    es.push(e);
  }

  const zeros = (m: number[][]) => m.map((r) => r.map(() => 0));
  const dWxh = zeros(Wxh), dWhh = zeros(Whh), dWhy = zeros(Why);
  const dbh = new Array(H).fill(0), dby = new Array(O).fill(0);
  let next = new Array(H).fill(0); // gradient reaching h_t from step t+1: Whhᵀ δz_{t+1}
  for (let t = T - 1; t >= 0; t--) {
    const h = hs[t + 1], prev = hs[t], e = es[t];
    const dz = new Array(H);
    for (let i = 0; i < H; i++) {
      let dh = next[i];
      for (let k = 0; k < O; k++) dh += Why[k][i] * e[k];
      dz[i] = dh * (1 - Math.tanh(h[i]) ** 2);
    }
    for (let k = 0; k < O; k++) {
      dby[k] += e[k];
      for (let i = 0; i < H; i++) dWhy[k][i] += e[k] * h[i];
    }
    for (let i = 0; i < H; i++) {
      dbh[i] += dz[i];
      for (let j = 0; j < D; j++) dWxh[i][j] += dz[i] * xs[t][j];
      for (let j = 0; j < H; j++) dWhh[i][j] += dz[i] * prev[j];
    }
    next = new Array(H).fill(0);
    for (let j = 0; j < H; j++) for (let i = 0; i < H; i++) next[j] += Whh[i][j] * dz[i];
  }
  return { loss, dWxh, dWhh, dbh, dWhy, dby, dh0: next };
}
