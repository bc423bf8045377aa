// expect: wrong_answer
// mistake: forgets the residual around the feed-forward sublayer and returns LN2(FFN(x1))
// caught-by: feed-forward narrower than the model
type Params = {
  Wq: number[][]; bq: number[]; Wk: number[][]; bk: number[]; Wv: number[][]; bv: number[]; Wo: number[][]; bo: number[];
  W1: number[][]; b1: number[]; W2: number[][]; b2: number[]; g1: number[]; be1: number[]; g2: number[]; be2: number[];
};

function linear(x: number[][], W: number[][], b: number[]): number[][] {
  const inDim = x[0].length;
  if (W.length !== b.length || W.some((r) => r.length !== inDim)) throw new Error('linear layer shape mismatch');
  return x.map((row) => W.map((w, j) => {
    let s = b[j];
    for (let k = 0; k < inDim; k++) s += row[k] * w[k];
    return s;
  }));
}

function layerNorm(x: number[][], g: number[], b: number[], eps: number): number[][] {
  return x.map((row) => {
    const d = row.length;
    const mu = row.reduce((s, v) => s + v, 0) / d;
    const v = row.reduce((s, t) => s + (t - mu) ** 2, 0) / d;
    const inv = 1 / Math.sqrt(v + eps);
    return row.map((t, j) => g[j] * (t - mu) * inv + b[j]);
  });
}

function softmax(row: number[]): number[] {
  const m = Math.max(...row);
  const e = row.map((v) => Math.exp(v - m));
  const s = e.reduce((a, c) => a + c, 0);
  return e.map((v) => v / s);
}

export function encoderLayer(x: number[][], p: Params, numHeads: number, mask: number[][] | null, eps: number): number[][] {
  const n = x.length;
  if (n === 0) throw new Error('empty sequence');
  const d = x[0].length;
  if (d % numHeads !== 0) throw new Error('d_model must be divisible by numHeads');
  if ([p.g1, p.be1, p.g2, p.be2].some((v) => v.length !== d)) throw new Error('LayerNorm parameter shape');
  if (mask && (mask.length !== n || mask.some((r) => r.length !== n))) throw new Error('mask shape');
  const dk = d / numHeads;

  // sublayer 1: multi-head self-attention, then Add & Norm
  const Q = linear(x, p.Wq, p.bq), K = linear(x, p.Wk, p.bk), V = linear(x, p.Wv, p.bv);
  const heads = x.map(() => new Array(d).fill(0));
  for (let h = 0; h < numHeads; h++) {
    const off = h * dk;
    for (let i = 0; i < n; i++) {
      const scores = new Array(n);
      for (let j = 0; j < n; j++) {
        if (mask && mask[i][j] === 0) { scores[j] = -1e9; continue; }
        let s = 0;
        for (let c = 0; c < dk; c++) s += Q[i][off + c] * K[j][off + c];
        scores[j] = s / Math.sqrt(dk);
      }
      const a = softmax(scores);
      for (let j = 0; j < n; j++) for (let c = 0; c < dk; c++) heads[i][off + c] += a[j] * V[j][off + c];
    }
  }
  const attn = linear(heads, p.Wo, p.bo);
  const x1 = layerNorm(x.map((row, i) => row.map((v, j) => v + attn[i][j])), p.g1, p.be1, eps);

  // sublayer 2: position-wise feed-forward, then Add & Norm
  const hidden = linear(x1, p.W1, p.b1).map((row) => row.map((v) => Math.max(0, v)));
  const ff = linear(hidden, p.W2, p.b2);
  if (ff[0].length !== d) throw new Error('W2 must map back to d_model');
  return layerNorm(ff, p.g2, p.be2, eps);
}
