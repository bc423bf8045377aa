// Reference: tf.maxPool (float32; test inputs are exact in float32) for y. The gradient routing is a
// discrete decision, so dX is computed in plain TypeScript: tf.grad through tf.maxPool is
// backend-dependent (the cpu backend sends a tie to the first maximum, but the wasm reference backend
// routes differently), and the statement fixes "first maximum in row-major order, summed over windows".
import * as tf from '@tensorflow/tfjs';

export function maxPool2d(x: number[][], k: number, s: number, dY: number[][]): { y: number[][]; dX: number[][] } {
  const H = x.length, W = x[0]?.length ?? 0;
  if (!(Number.isInteger(k) && k >= 1 && Number.isInteger(s) && s >= 1)) throw new Error('k and s must be positive integers');
  if (H === 0 || k > H || k > W) throw new Error('window larger than the input');
  const Ho = Math.floor((H - k) / s) + 1, Wo = Math.floor((W - k) / s) + 1;
  if (dY.length !== Ho || dY.some((r) => r.length !== Wo)) throw new Error(`dY must be ${Ho}x${Wo}`);
  const y = tf.tidy(() => tf.maxPool(tf.tensor4d(x.flat(), [1, H, W, 1]), k, s, 'valid').reshape([Ho, Wo]).arraySync() as number[][]);
  const dX = x.map((r) => r.map(() => 0));
  for (let i = 0; i < Ho; i++) {
    for (let j = 0; j < Wo; j++) {
      let bu = 0, bv = 0;
      for (let u = 0; u < k; u++) for (let v = 0; v < k; v++) if (x[i * s + u]![j * s + v]! > x[i * s + bu]![j * s + bv]!) { bu = u; bv = v; }
      const row = dX[i * s + bu]!;
      row[j * s + bv] = row[j * s + bv]! + dY[i]![j]!;
    }
  }
  return { y, dX };
}
