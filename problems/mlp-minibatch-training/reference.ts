/**
 * Plain float64 mini-batch SGD for a ReLU MLP with a softmax output (numpy layout, Z = A·W + b).
 * Every batch's gradients are computed with the weights it started from, then all layers are updated.
 */
import { softmaxRow } from '../../grader/reference-kit/float64.ts';

interface Params { weights: number[][][]; biases: number[][] }

function forward(p: Params, X: number[][]): { A: number[][][]; Z: number[][][] } {
  const A: number[][][] = [X];
  const Z: number[][][] = [];
  p.weights.forEach((W, l) => {
    const z = A[l]!.map((a) => p.biases[l]!.map((b, j) => a.reduce((s, ai, i) => s + ai * W[i]![j]!, b)));
    Z.push(z);
    A.push(l < p.weights.length - 1 ? z.map((r) => r.map((v) => Math.max(v, 0))) : z);
  });
  return { A, Z };
}

/** −(1/n) Σ_i Σ_k Y_ik log(ŷ_ik + 1e−8), the training log's loss. */
function reportedLoss(p: Params, X: number[][], Y: number[][]): number {
  const { A } = forward(p, X);
  const logits = A[A.length - 1]!;
  let total = 0;
  logits.forEach((z, i) => softmaxRow(z).forEach((q, k) => { total -= Y[i]![k]! * Math.log(q + 1e-8); }));
  return total / X.length;
}

function sgdStep(p: Params, X: number[][], Y: number[][], lr: number): void {
  const m = X.length;
  const L = p.weights.length;
  const { A, Z } = forward(p, X);
  let dZ = A[L]!.map((z, i) => softmaxRow(z).map((q, k) => (q - Y[i]![k]!) / m));
  const grads: Params = { weights: [], biases: [] };
  for (let l = L - 1; l >= 0; l--) {
    const W = p.weights[l]!;
    grads.weights[l] = W.map((row, i) => row.map((_, j) => A[l]!.reduce((s, a, r) => s + a[i]! * dZ[r]![j]!, 0)));
    grads.biases[l] = p.biases[l]!.map((_, j) => dZ.reduce((s, d) => s + d[j]!, 0));
    if (l > 0) {
      const mask = Z[l - 1]!;
      dZ = dZ.map((d, r) => W.map((wRow, i) => (mask[r]![i]! > 0 ? wRow.reduce((s, w, j) => s + w * d[j]!, 0) : 0)));
    }
  }
  p.weights.forEach((W, l) => W.forEach((row, i) => row.forEach((w, j) => { row[j] = w - lr * grads.weights[l]![i]![j]!; })));
  p.biases.forEach((b, l) => b.forEach((v, j) => { b[j] = v - lr * grads.biases[l]![j]!; }));
}

export function trainMlp(
  X: number[][], Y: number[][], weights: number[][][], biases: number[][],
  epochs: number, lr: number, batchSize: number, perms: number[][],
): { weights: number[][][]; biases: number[][]; losses: number[] } {
  const n = X.length;
  if (n === 0) throw new Error('X has no rows');
  const L = weights.length;
  if (L === 0 || biases.length !== L) throw new Error('need one bias vector per weight matrix');
  let width = X[0]!.length;
  if (X.some((r) => r.length !== width)) throw new Error('X rows differ in length');
  weights.forEach((W, l) => {
    if (W.length !== width || W.some((r) => r.length !== biases[l]!.length)) throw new Error(`layer ${l} does not chain`);
    width = biases[l]!.length;
  });
  if (Y.length !== n || Y.some((r) => r.length !== width)) throw new Error(`Y must be ${n}×${width}`);
  if (!Number.isInteger(epochs) || epochs < 0) throw new Error('epochs must be a non-negative integer');
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error('batchSize must be a positive integer');
  if (!(lr >= 0) || !Number.isFinite(lr)) throw new Error('lr must be a finite number ≥ 0');
  if (perms.length !== epochs) throw new Error('one permutation per epoch');
  for (const perm of perms) {
    const seen = new Set(perm);
    if (perm.length !== n || seen.size !== n || perm.some((i) => !Number.isInteger(i) || i < 0 || i >= n)) throw new Error('every perms[e] must be a permutation of 0..n−1');
  }

  const p: Params = { weights: weights.map((W) => W.map((r) => [...r])), biases: biases.map((b) => [...b]) };
  const losses: number[] = [];
  for (let e = 0; e < epochs; e++) {
    const order = perms[e]!;
    for (let start = 0; start < n; start += batchSize) {
      const idx = order.slice(start, start + batchSize);
      sgdStep(p, idx.map((i) => X[i]!), idx.map((i) => Y[i]!), lr);
    }
    if (e % 10 === 0) losses.push(reportedLoss(p, X, Y));
  }
  return { weights: p.weights, biases: p.biases, losses };
}

