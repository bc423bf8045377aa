// Reference: TensorFlow.js ops (float32), hand-written gates in PyTorch order [i, f, g, o].
// tf.basicLSTMCell is not used: it orders gates [i, j, f, o] and adds a forgetBias.
import * as tf from '@tensorflow/tfjs';

export function lstmForward(xs: number[][], h0: number[], c0: number[], Wih: number[][], Whh: number[][], bih: number[], bhh: number[]): { hs: number[][]; cT: number[] } {
  const H = h0.length;
  const D = Wih[0]?.length ?? 0;
  if (H === 0) throw new Error('h0 must be non-empty');
  if (c0.length !== H) throw new Error('c0 must have length H');
  if (Wih.length !== 4 * H || Wih.some((r) => r.length !== D)) throw new Error('Wih must be 4H×D');
  if (Whh.length !== 4 * H || Whh.some((r) => r.length !== H)) throw new Error('Whh must be 4H×H');
  if (bih.length !== 4 * H || bhh.length !== 4 * H) throw new Error('biases must have length 4H');
  for (const x of xs) if (x.length !== D) throw new Error(`input rows must have length ${D}`);
  if (xs.length === 0) return { hs: [], cT: c0.slice() };
  return tf.tidy(() => {
    const X = tf.tensor2d(xs, [xs.length, D]);
    const Wi = tf.tensor2d(Wih, [4 * H, D]);
    const Wh = tf.tensor2d(Whh, [4 * H, H]);
    const b = tf.add(tf.tensor2d([bih], [1, 4 * H]), tf.tensor2d([bhh], [1, 4 * H]));
    const xin = tf.add(tf.matMul(X, Wi, false, true), b); // T×4H
    const rows = tf.split(xin, xs.length, 0);
    let h: tf.Tensor2D = tf.tensor2d([h0], [1, H]);
    let c: tf.Tensor2D = tf.tensor2d([c0], [1, H]);
    const states: tf.Tensor2D[] = [];
    for (const r of rows) {
      const a = tf.add(r, tf.matMul(h, Wh, false, true));
      const [ai, af, ag, ao] = tf.split(a, 4, 1) as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];
      c = tf.add(tf.mul(tf.sigmoid(af), c), tf.mul(tf.sigmoid(ai), tf.tanh(ag))) as tf.Tensor2D;
      h = tf.mul(tf.sigmoid(ao), tf.tanh(c)) as tf.Tensor2D;
      states.push(h);
    }
    return { hs: tf.concat(states, 0).arraySync() as number[][], cT: (c.arraySync() as number[][])[0]! };
  });
}
