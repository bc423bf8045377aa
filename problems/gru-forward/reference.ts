import { sigmoid } from '../../grader/reference-kit/float64.ts';

/**
 * Plain float64 GRU over a sequence in PyTorch's layout (gate rows [r, z, n], two bias vectors, the reset
 * gate multiplying W_hn h + b_hn), returning every hidden state.
 */
export function gruForward(xs: number[][], h0: number[], Wih: number[][], Whh: number[][], bih: number[], bhh: number[]): number[][] {
  const H = h0.length;
  if (H === 0) throw new Error('h0 must be non-empty');
  const D = Wih[0]?.length ?? 0;
  if (Wih.length !== 3 * H || Wih.some((r) => r.length !== D) || D === 0) throw new Error(`Wih must be ${3 * H}×D`);
  if (Whh.length !== 3 * H || Whh.some((r) => r.length !== H)) throw new Error(`Whh must be ${3 * H}×${H}`);
  if (bih.length !== 3 * H || bhh.length !== 3 * H) throw new Error(`the biases must have length ${3 * H}`);
  if (xs.some((x) => x.length !== D)) throw new Error(`every input must have length ${D}`);
  let h = h0.slice();
  return xs.map((x) => {
    const gi = Wih.map((row, r) => row.reduce((s, w, d) => s + w * x[d]!, bih[r]!));
    const prev = h;
    const gh = Whh.map((row, r) => row.reduce((s, w, j) => s + w * prev[j]!, bhh[r]!));
    h = prev.map((hj, j) => {
      const r = sigmoid(gi[j]! + gh[j]!);
      const z = sigmoid(gi[H + j]! + gh[H + j]!);
      const n = Math.tanh(gi[2 * H + j]! + r * gh[2 * H + j]!);
      return (1 - z) * n + z * hj;
    });
    return h;
  });
}
