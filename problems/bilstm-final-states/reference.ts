import { sigmoid } from '../../grader/reference-kit/float64.ts';

export interface LstmWeights { Wih: number[][]; Whh: number[][]; bih: number[]; bhh: number[] }

/** Hidden states of one LSTM direction over xs (PyTorch layout, gate rows [i, f, g, o]), from h = c = 0. */
function run(xs: number[][], w: LstmWeights, name: string): number[][] {
  const H = w.Whh.length / 4;
  const D = xs[0]!.length;
  if (!Number.isInteger(H) || H < 1) throw new Error(`${name}: Whh must have 4H rows`);
  if (w.Whh.some((r) => r.length !== H) || w.Wih.length !== 4 * H || w.Wih.some((r) => r.length !== D) || w.bih.length !== 4 * H || w.bhh.length !== 4 * H) {
    throw new Error(`${name}: weights must be Wih 4H×D, Whh 4H×H, biases 4H`);
  }
  let h = new Array<number>(H).fill(0);
  let c = new Array<number>(H).fill(0);
  return xs.map((x) => {
    const a = w.Wih.map((row, r) => row.reduce((s, v, d) => s + v * x[d]!, w.bih[r]! + w.bhh[r]!) + w.Whh[r]!.reduce((s, v, k) => s + v * h[k]!, 0));
    const cNew = c.map((cj, j) => sigmoid(a[H + j]!) * cj + sigmoid(a[j]!) * Math.tanh(a[2 * H + j]!));
    h = cNew.map((cj, j) => sigmoid(a[3 * H + j]!) * Math.tanh(cj));
    c = cNew;
    return h;
  });
}

/**
 * Plain float64 bidirectional LSTM: outputs[t] = [h→_t ; h←_t] and the sequence summary [h→_T ; h←_1]
 * (the final state of each direction, what PyTorch returns as h_n).
 */
export function bilstm(x: number[][], fwd: LstmWeights, bwd: LstmWeights): { outputs: number[][]; summary: number[] } {
  const T = x.length;
  if (T === 0) throw new Error('the sequence must not be empty');
  const D = x[0]!.length;
  if (D === 0 || x.some((r) => r.length !== D)) throw new Error('rows of x must have the same, positive length');
  const hf = run(x, fwd, 'fwd');
  const hb = run([...x].reverse(), bwd, 'bwd').reverse(); // hb[t] is the backward state after reading x_T..x_t
  return { outputs: hf.map((h, t) => [...h, ...hb[t]!]), summary: [...hf[T - 1]!, ...hb[0]!] };
}
