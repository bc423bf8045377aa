type Lstm = { Wih: number[][]; Whh: number[][]; bih: number[]; bhh: number[] };

function lstmStates(xs: number[][], w: Lstm): number[][] {
  const H = w.Whh.length / 4, D = xs[0].length;
  if (!Number.isInteger(H) || H < 1 || w.Wih.length !== 4 * H || w.Wih.some((r) => r.length !== D) || w.Whh.some((r) => r.length !== H) || w.bih.length !== 4 * H || w.bhh.length !== 4 * H) {
    throw new Error('bad LSTM weights');
  }
  const sig = (u: number) => (u >= 0 ? 1 / (1 + Math.exp(-u)) : Math.exp(u) / (1 + Math.exp(u)));
  let h = new Array(H).fill(0), c = new Array(H).fill(0);
  const out: number[][] = [];
  for (const x of xs) {
    const a = new Array(4 * H);
    for (let r = 0; r < 4 * H; r++) {
      let s = w.bih[r] + w.bhh[r];
      for (let d = 0; d < D; d++) s += w.Wih[r][d] * x[d];
      for (let k = 0; k < H; k++) s += w.Whh[r][k] * h[k];
      a[r] = s;
    }
    // PyTorch stacks the gate rows as [input, forget, cell, output]
    const cNew = c.map((cj, j) => sig(a[H + j]) * cj + sig(a[j]) * Math.tanh(a[2 * H + j]));
    h = cNew.map((cj, j) => sig(a[3 * H + j]) * Math.tanh(cj));
    c = cNew;
    out.push(h);
  }
  return out;
}

export function bilstm(x: number[][], fwd: Lstm, bwd: Lstm): { outputs: number[][]; summary: number[] } {
  const T = x.length;
  if (T === 0 || x[0].length === 0 || x.some((r) => r.length !== x[0].length)) throw new Error('bad input');
  const forward = lstmStates(x, fwd);
  const backward = lstmStates(x.slice().reverse(), bwd).reverse(); // realigned: backward[t] belongs to step t
  return {
    outputs: forward.map((h, t) => [...h, ...backward[t]]),
    // each direction's final state: the forward one at t = T, the backward one at t = 1
    summary: [...forward[T - 1], ...backward[0]],
  };
}
