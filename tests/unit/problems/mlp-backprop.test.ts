import { describe, it, expect } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { mlpGradients } from '../../../problems/mlp-backprop/reference.ts';

// The mlp-backprop reference is TF.js autodiff (float32). These tests pin the ReLU'(0) convention
// (tf.relu gives 0, tf.maximum(x, 0) would give 1) and check the reference against float64 central
// finite differences of the loss.

function loss64(X: number[][], Y: number[][], W: number[][][], b: number[][]): number {
  let total = 0;
  X.forEach((x, i) => {
    let a = x;
    W.forEach((Wl, l) => {
      const z = b[l]!.map((bj, j) => bj + a.reduce((s, ak, k) => s + ak * Wl[k]![j]!, 0));
      a = l < W.length - 1 ? z.map((t) => Math.max(t, 0)) : z;
    });
    const mx = Math.max(...a);
    const lse = mx + Math.log(a.reduce((s, t) => s + Math.exp(t - mx), 0));
    total -= Y[i]!.reduce((s, y, k) => s + y * (a[k]! - lse), 0);
  });
  return total / X.length;
}

describe('mlp-backprop reference', () => {
  it("uses ReLU'(0) = 0: tf.relu's gradient at 0 is 0, while tf.maximum(x, 0) routes 1", () => {
    expect(tf.grad((x: tf.Tensor) => tf.relu(x))(tf.scalar(0)).arraySync()).toBe(0);
    expect(tf.grad((x: tf.Tensor) => tf.maximum(x, 0))(tf.scalar(0)).arraySync()).toBe(1);
    // exact-zero pre-activation in the first hidden unit of the second example: no gradient from it
    const X = [[1, 2], [0.5, -1]], Y = [[1, 0], [0, 1]];
    const W = [[[0.5, -0.5, 1], [0.25, 0.5, -0.5]], [[1, -1], [-0.5, 0.5], [0.25, 0.75]]];
    const b = [[0, 0.1, -0.1], [0, 0]];
    const { db } = mlpGradients(X, Y, W, b);
    // only example 1 contributes to unit 0: (dZ2 row 0 · W2 row 0) / 2 = (−0.0989·1 + 0.0989·(−1))
    expect(db[0]![0]!).toBeCloseTo(-0.1978161, 5);
  });

  it('matches float64 central finite differences within the problem tolerance', () => {
    const X = [[0.3, -1.2, 0.8], [1.1, 0.4, -0.6], [-0.7, 0.9, 0.2], [0.5, 0.5, 1.5]];
    const Y = [[1, 0, 0], [0, 0, 1], [0, 1, 0], [0, 0, 1]];
    const W = [
      [[0.4, -0.3, 0.7, 0.1], [0.2, 0.6, -0.5, 0.3], [-0.6, 0.1, 0.2, 0.8]],
      [[0.5, -0.4, 0.3], [-0.2, 0.7, 0.1], [0.6, 0.2, -0.5], [0.1, -0.3, 0.4]],
    ];
    const b = [[0.05, -0.02, 0.1, 0], [0, 0.1, -0.1]];
    const ref = mlpGradients(X, Y, W, b);
    expect(Math.abs(ref.loss - loss64(X, Y, W, b))).toBeLessThan(1e-6);
    const h = 1e-6;
    for (const [l, i, j] of [[0, 0, 0], [0, 2, 3], [0, 1, 2], [1, 3, 1], [1, 0, 2]] as const) {
      const plus = W.map((m) => m.map((r) => r.slice()));
      const minus = W.map((m) => m.map((r) => r.slice()));
      plus[l]![i]![j]! += h;
      minus[l]![i]![j]! -= h;
      const fd = (loss64(X, Y, plus, b) - loss64(X, Y, minus, b)) / (2 * h);
      expect(Math.abs(ref.dW[l]![i]![j]! - fd)).toBeLessThan(1e-6 + 1e-4 * Math.abs(fd));
    }
  });
});
