/** Transfer learning: frozen φ = ReLU(X·Wf + bf), a softmax head trained by full-batch Adam on the mean cross-entropy (float64). */
import { logSoftmaxRow, softmaxRow } from '../../grader/reference-kit/float64.ts';

const BETA1 = 0.9;
const BETA2 = 0.999;
const EPS = 1e-8;

function isMatrix(a: number[][], rows: number, cols: number): boolean {
  return a.length === rows && a.every((r) => r.length === cols && r.every(Number.isFinite));
}

export function trainHeadOnly(X: number[][], y: number[], Wf: number[][], bf: number[], Wh: number[][], bh: number[], steps: number, lr: number): [number[][], number[], number[]] {
  const n = X.length;
  const d = Wf.length;
  const h = bf.length;
  const K = bh.length;
  if (d === 0 || h === 0 || K === 0 || !isMatrix(Wf, d, h) || !isMatrix(Wh, h, K) || ![...bf, ...bh].every(Number.isFinite)) throw new Error('Wf must be d×h, bf h, Wh h×K, bh K, all finite');
  if (n === 0 || !isMatrix(X, n, d)) throw new Error('X must be a non-empty n×d finite matrix');
  if (y.length !== n || !y.every((c) => Number.isInteger(c) && c >= 0 && c < K)) throw new Error('y needs one class index in [0, K) per row');
  if (!Number.isInteger(steps) || steps < 0 || !(lr >= 0) || !Number.isFinite(lr)) throw new Error('steps must be a non-negative integer and lr a finite number ≥ 0');

  const features = X.map((x) => bf.map((b, j) => Math.max(0, x.reduce((s, v, i) => s + v * Wf[i]![j]!, b))));
  let W = Wh.map((r) => r.slice());
  let b = bh.slice();
  const mW = W.map((r) => r.map(() => 0));
  const vW = W.map((r) => r.map(() => 0));
  const mb = b.map(() => 0);
  const vb = b.map(() => 0);
  const losses: number[] = [];
  for (let t = 1; t <= steps; t++) {
    const logits = features.map((f) => b.map((bk, k) => f.reduce((s, v, j) => s + v * W[j]![k]!, bk)));
    losses.push(-logits.reduce((s, z, i) => s + logSoftmaxRow(z)[y[i]!]!, 0) / n);
    const G = logits.map((z, i) => softmaxRow(z).map((p, k) => (p - (k === y[i] ? 1 : 0)) / n));
    const gW = W.map((row, j) => row.map((_, k) => features.reduce((s, f, i) => s + f[j]! * G[i]![k]!, 0)));
    const gb = b.map((_, k) => G.reduce((s, g) => s + g[k]!, 0));
    const c1 = 1 - BETA1 ** t;
    const c2 = 1 - BETA2 ** t;
    const step = (theta: number, g: number, m: number[], v: number[], i: number): number => {
      m[i] = BETA1 * m[i]! + (1 - BETA1) * g;
      v[i] = BETA2 * v[i]! + (1 - BETA2) * g * g;
      return theta - (lr * (m[i]! / c1)) / (Math.sqrt(v[i]! / c2) + EPS);
    };
    W = W.map((row, j) => row.map((theta, k) => step(theta, gW[j]![k]!, mW[j]!, vW[j]!, k)));
    b = b.map((theta, k) => step(theta, gb[k]!, mb, vb, k));
  }
  return [W, b, losses];
}
