// Reference: TensorFlow.js ops (float32) — pure tensor math, no kinks, no discrete decisions.
// Tests keep Whh contractive so float32 error does not grow along the sequence.
import * as tf from '@tensorflow/tfjs';

export function rnnForward(xs: number[][], h0: number[], Wxh: number[][], Whh: number[][], bh: number[], Why: number[][], by: number[]): { hs: number[][]; ys: number[][] } {
  const H = h0.length;
  const D = Wxh[0]?.length ?? 0;
  const O = Why.length;
  if (H === 0) throw new Error('h0 must be non-empty');
  if (Whh.length !== H || Whh.some((r) => r.length !== H)) throw new Error('Whh must be H×H');
  if (Wxh.length !== H || Wxh.some((r) => r.length !== D)) throw new Error('Wxh must be H×D');
  if (bh.length !== H) throw new Error('bh must have length H');
  if (Why.some((r) => r.length !== H)) throw new Error('Why must be O×H');
  if (by.length !== O) throw new Error('by must have length O');
  for (const x of xs) if (x.length !== D) throw new Error(`input rows must have length ${D}`);
  if (xs.length === 0) return { hs: [], ys: [] };
  return tf.tidy(() => {
    const X = tf.tensor2d(xs, [xs.length, D]);
    const Wx = tf.tensor2d(Wxh, [H, D]);
    const Wh = tf.tensor2d(Whh, [H, H]);
    const b = tf.tensor2d([bh], [1, H]);
    const Wy = O > 0 ? tf.tensor2d(Why, [O, H]) : tf.zeros([0, H]);
    const c = tf.tensor2d([by], [1, O]);
    // input contributions for every step at once: X·Wxhᵀ + bh   (T×H)
    const xin = tf.add(tf.matMul(X, Wx, false, true), b);
    const rows = tf.split(xin, xs.length, 0);
    let h: tf.Tensor2D = tf.tensor2d([h0], [1, H]);
    const states: tf.Tensor2D[] = [];
    for (const r of rows) {
      h = tf.tanh(tf.add(r, tf.matMul(h, Wh, false, true))) as tf.Tensor2D;
      states.push(h);
    }
    const Hs = tf.concat(states, 0);
    const Ys = tf.add(tf.matMul(Hs, Wy, false, true), c);
    return { hs: Hs.arraySync() as number[][], ys: (O > 0 ? Ys.arraySync() : xs.map(() => [])) as number[][] };
  });
}
