/**
 * Plain float64: Linear → ReLU → inverted dropout (supplied masks) → Linear, mean softmax cross-entropy,
 * PyTorch-style Adam (bias-corrected, ε outside the root). ReLU'(0) = 0 is written out, never taken from autodiff.
 */
import { logSoftmaxRow, softmaxRow } from '../../grader/reference-kit/float64.ts';

type Result = [number[][], number[], number[][], number[], number[]];

function isMatrix(a: number[][], rows: number, cols: number): boolean {
  return a.length === rows && a.every((r) => r.length === cols && r.every(Number.isFinite));
}

export function trainMLP(
  X: number[][], y: number[], W1: number[][], b1: number[], W2: number[][], b2: number[],
  batches: number[][], masks: number[][][], p: number, lr: number, beta1: number, beta2: number, eps: number,
): Result {
  const n = X.length;
  if (n === 0) throw new Error('X has no rows');
  const d = X[0]!.length;
  const H = b1.length;
  const K = b2.length;
  if (d === 0 || H === 0 || K === 0) throw new Error('empty layer');
  if (!isMatrix(X, n, d)) throw new Error('X must be a finite n×d matrix');
  if (!isMatrix(W1, d, H) || !isMatrix(W2, H, K) || ![...b1, ...b2].every(Number.isFinite)) throw new Error('parameter shapes do not chain');
  if (y.length !== n || y.some((c) => !Number.isInteger(c) || c < 0 || c >= K)) throw new Error(`y must hold one label in 0..${K - 1} per row`);
  if (!(p >= 0 && p < 1)) throw new Error('p must be in [0, 1)');
  if (!(lr >= 0) || !(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1) || !(eps > 0)) throw new Error('bad Adam hyper-parameters');
  if (masks.length !== batches.length) throw new Error('one mask per batch');
  batches.forEach((batch, s) => {
    if (batch.length === 0 || batch.some((i) => !Number.isInteger(i) || i < 0 || i >= n)) throw new Error(`batch ${s} is empty or has a bad index`);
    const mask = masks[s]!;
    if (mask.length !== batch.length || mask.some((r) => r.length !== H || r.some((v) => v !== 0 && v !== 1))) {
      throw new Error(`mask ${s} must be a ${batch.length}×${H} matrix of 0/1`);
    }
  });

  const params = [W1.map((r) => [...r]), [[...b1]], W2.map((r) => [...r]), [[...b2]]];
  const m = params.map((P) => P.map((r) => r.map(() => 0)));
  const v = params.map((P) => P.map((r) => r.map(() => 0)));
  const scale = 1 / (1 - p);
  const losses: number[] = [];

  batches.forEach((batch, s) => {
    const [w1, [c1], w2, [c2]] = params as [number[][], number[][], number[][], number[][]];
    const B = batch.length;
    const grads = params.map((P) => P.map((r) => r.map(() => 0)));
    const [gW1, [gb1], gW2, [gb2]] = grads as [number[][], number[][], number[][], number[][]];
    let loss = 0;
    batch.forEach((row, k) => {
      const x = X[row]!;
      const pre = c1!.map((bj, j) => x.reduce((acc, xi, i) => acc + xi * w1[i]![j]!, bj));
      const keep = masks[s]![k]!.map((mk) => mk * scale);
      const h = pre.map((z, j) => (z > 0 ? z : 0) * keep[j]!);
      const logits = c2!.map((bk, o) => h.reduce((acc, hj, j) => acc + hj * w2[j]![o]!, bk));
      loss -= logSoftmaxRow(logits)[y[row]!]! / B;
      const dlogits = softmaxRow(logits).map((q, o) => (q - (o === y[row] ? 1 : 0)) / B);
      dlogits.forEach((g, o) => {
        gb2![o] = gb2![o]! + g;
        h.forEach((hj, j) => { gW2[j]![o] = gW2[j]![o]! + hj * g; });
      });
      pre.forEach((z, j) => {
        if (!(z > 0) || keep[j] === 0) return;
        const dpre = keep[j]! * dlogits.reduce((acc, g, o) => acc + g * w2[j]![o]!, 0);
        gb1![j] = gb1![j]! + dpre;
        x.forEach((xi, i) => { gW1[i]![j] = gW1[i]![j]! + xi * dpre; });
      });
    });
    losses.push(loss);

    const t = s + 1;
    const c1t = 1 - beta1 ** t;
    const c2t = 1 - beta2 ** t;
    params.forEach((P, q) => P.forEach((r, i) => r.forEach((_, j) => {
      const g = grads[q]![i]![j]!;
      const mq = (m[q]![i]![j] = beta1 * m[q]![i]![j]! + (1 - beta1) * g);
      const vq = (v[q]![i]![j] = beta2 * v[q]![i]![j]! + (1 - beta2) * g * g);
      r[j] = r[j]! - (lr * (mq / c1t)) / (Math.sqrt(vq / c2t) + eps);
    })));
  });
  return [params[0]!, params[1]![0]!, params[2]!, params[3]![0]!, losses];
}
