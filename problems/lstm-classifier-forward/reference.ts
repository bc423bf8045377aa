/**
 * Plain float64: embedding lookup, a single-layer LSTM in PyTorch's layout (gate rows i, f, g, o; two
 * biases) from zero states, and nn.Linear (out × in) on the last hidden state.
 */
import { sigmoid } from '../../grader/reference-kit/float64.ts';

function isMatrix(a: number[][], rows: number, cols: number): boolean {
  return a.length === rows && a.every((r) => r.length === cols && r.every(Number.isFinite));
}

export function lstmClassifier(
  tokens: number[][], E: number[][], Wih: number[][], Whh: number[][], bih: number[], bhh: number[], Wfc: number[][], bfc: number[],
): { logits: number[][]; hT: number[][]; cT: number[][] } {
  const V = E.length;
  const D = E[0]?.length ?? 0;
  const H = Whh[0]?.length ?? 0;
  const K = bfc.length;
  if (V === 0 || D === 0 || H === 0 || K === 0) throw new Error('empty embedding, hidden state or output');
  if (!isMatrix(E, V, D)) throw new Error('E must be a finite V×D matrix');
  if (!isMatrix(Wih, 4 * H, D) || !isMatrix(Whh, 4 * H, H)) throw new Error(`Wih must be ${4 * H}×${D} and Whh ${4 * H}×${H}`);
  if (!isMatrix([bih, bhh], 2, 4 * H)) throw new Error(`bih and bhh must have ${4 * H} entries`);
  if (!isMatrix(Wfc, K, H) || !bfc.every(Number.isFinite)) throw new Error(`Wfc must be ${K}×${H}`);
  const T = tokens[0]?.length ?? 0;
  if (tokens.length === 0 || T === 0 || tokens.some((s) => s.length !== T)) throw new Error('tokens must be a non-empty B×T matrix');
  if (tokens.some((s) => s.some((id) => !Number.isInteger(id) || id < 0 || id >= V))) throw new Error(`token ids must be integers in 0..${V - 1}`);

  const hT: number[][] = [];
  const cT: number[][] = [];
  for (const seq of tokens) {
    let h = new Array<number>(H).fill(0);
    let c = new Array<number>(H).fill(0);
    for (const id of seq) {
      const x = E[id]!;
      const a = Wih.map((row, r) => row.reduce((s, w, j) => s + w * x[j]!, bih[r]! + bhh[r]!) + Whh[r]!.reduce((s, w, j) => s + w * h[j]!, 0));
      const gate = (block: number, u: number) => a[block * H + u]!;
      c = c.map((cu, u) => sigmoid(gate(1, u)) * cu + sigmoid(gate(0, u)) * Math.tanh(gate(2, u)));
      h = c.map((cu, u) => sigmoid(gate(3, u)) * Math.tanh(cu));
    }
    hT.push(h);
    cT.push(c);
  }
  const logits = hT.map((h) => bfc.map((b, k) => Wfc[k]!.reduce((s, w, u) => s + w * h[u]!, b)));
  return { logits, hT, cT };
}
