// Reference: TensorFlow.js for the arithmetic; the keep decision u >= p is made in float64 JS so that
// float32 rounding can never flip it. (tf.dropout draws its own randomness, so it is not used.)
import * as tf from '@tensorflow/tfjs';

export function dropout(x: number[][], u: number[][], p: number, training: boolean, dY: number[][]): { y: number[][]; dX: number[][] } {
  if (!(p >= 0 && p <= 1)) throw new Error('p must lie in [0, 1]');
  if (u.length !== x.length || dY.length !== x.length || x.some((r, i) => r.length !== u[i]!.length || r.length !== dY[i]!.length)) throw new Error('x, u and dY must have the same shape');
  if (!training) return { y: x.map((r) => r.slice()), dX: dY.map((r) => r.slice()) };
  if (p === 1) return { y: x.map((r) => r.map(() => 0)), dX: dY.map((r) => r.map(() => 0)) };
  const scale = 1 / (1 - p);
  const n = x[0]?.length ?? 0;
  if (n === 0 || x.some((r) => r.length !== n)) throw new Error('x must be a non-ragged matrix with at least one column');
  const mask = u.map((row) => row.map((v) => (v >= p ? 1 : 0)));
  const apply = (a: number[][]) => tf.tidy(() => tf.mul(tf.mul(tf.tensor2d(a), tf.tensor2d(mask)), scale).arraySync() as number[][]);
  return { y: apply(x), dX: apply(dY) };
}
