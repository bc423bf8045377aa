import { matmul, softmaxRow } from '../../grader/reference-kit/float64.ts';

export interface EncoderParams {
  Wq: number[][]; bq: number[]; Wk: number[][]; bk: number[]; Wv: number[][]; bv: number[]; Wo: number[][]; bo: number[];
  W1: number[][]; b1: number[]; W2: number[][]; b2: number[];
  g1: number[]; be1: number[]; g2: number[]; be2: number[];
}

/** nn.Linear: rows of x times Wᵀ plus b, with W of shape out×in. */
function linear(x: number[][], W: number[][], b: number[], name: string, inDim: number): number[][] {
  if (W.length !== b.length || W.some((r) => r.length !== inDim)) throw new Error(`${name}: weight must be ${b.length}×${inDim}`);
  return matmul(x, W, true).map((row) => row.map((v, j) => v + b[j]!));
}

/** LayerNorm over each row: biased variance (two-pass), ε inside the square root. */
function layerNorm(x: number[][], g: number[], b: number[], eps: number): number[][] {
  return x.map((row) => {
    const d = row.length;
    const mu = row.reduce((s, v) => s + v, 0) / d;
    const v = row.reduce((s, t) => s + (t - mu) * (t - mu), 0) / d;
    const inv = 1 / Math.sqrt(v + eps);
    return row.map((t, j) => g[j]! * (t - mu) * inv + b[j]!);
  });
}

/** Plain float64 post-LN encoder layer (eval mode): x1 = LN1(x + MHA(x)), out = LN2(x1 + FFN(x1)). */
export function encoderLayer(x: number[][], p: EncoderParams, numHeads: number, mask: number[][] | null, eps: number): number[][] {
  const n = x.length;
  if (n === 0) throw new Error('x must have at least one row');
  const d = x[0]!.length;
  if (x.some((r) => r.length !== d)) throw new Error('rows of x must have equal length');
  if (!Number.isInteger(numHeads) || numHeads < 1 || d % numHeads !== 0) throw new Error(`d_model ${d} is not divisible by numHeads ${numHeads}`);
  if (!(eps >= 0)) throw new Error('eps must be ≥ 0');
  for (const [name, v] of [['g1', p.g1], ['be1', p.be1], ['g2', p.g2], ['be2', p.be2]] as const) {
    if (v.length !== d) throw new Error(`${name} must have length ${d}`);
  }
  if (mask !== null && (mask.length !== n || mask.some((r) => r.length !== n))) throw new Error(`mask must be ${n}×${n}`);
  const dk = d / numHeads;
  const Q = linear(x, p.Wq, p.bq, 'Wq', d);
  const K = linear(x, p.Wk, p.bk, 'Wk', d);
  const V = linear(x, p.Wv, p.bv, 'Wv', d);
  if (Q[0]!.length !== d || K[0]!.length !== d || V[0]!.length !== d) throw new Error('Wq, Wk, Wv must be d×d');
  const concat = x.map(() => new Array<number>(d).fill(0));
  for (let h = 0; h < numHeads; h++) {
    const cols = (M: number[][]) => M.map((row) => row.slice(h * dk, (h + 1) * dk));
    const Qh = cols(Q), Kh = cols(K), Vh = cols(V);
    const S = matmul(Qh, Kh, true).map((row, i) =>
      row.map((s, j) => (mask !== null && mask[i]![j] === 0 ? -1e9 : s / Math.sqrt(dk))));
    const head = matmul(S.map((row) => softmaxRow(row)), Vh);
    head.forEach((row, i) => row.forEach((v, c) => { concat[i]![h * dk + c] = v; }));
  }
  const attn = linear(concat, p.Wo, p.bo, 'Wo', d);
  const x1 = layerNorm(x.map((row, i) => row.map((v, j) => v + attn[i]![j]!)), p.g1, p.be1, eps);
  const hidden = linear(x1, p.W1, p.b1, 'W1', d).map((row) => row.map((v) => Math.max(0, v)));
  const ff = linear(hidden, p.W2, p.b2, 'W2', p.W1.length);
  if (ff[0]!.length !== d) throw new Error('W2 must map d_ff back to d');
  return layerNorm(x1.map((row, i) => row.map((v, j) => v + ff[i]![j]!)), p.g2, p.be2, eps);
}
