// Reference: TensorFlow.js ops (float32) for the recurrence; ranking on the float32 scores with
// ties to the lower index (tests keep non-tied scores well separated).
import * as tf from '@tensorflow/tfjs';

export function gruSessionScores(items: number[][], E: number[][], Wih: number[][], Whh: number[][], bih: number[], bhh: number[], Wout: number[][], bout: number[], k: number): { hT: number[][]; scores: number[][]; topK: number[][] } {
  const B = items.length;
  const T = items[0]?.length ?? 0;
  const nItems = E.length;
  const H = Whh[0]!.length;
  const V = Wout.length;
  if (B === 0 || T === 0) throw new Error('need at least one session of length >= 1');
  for (const s of items) {
    if (s.length !== T) throw new Error('sessions must have equal length');
    for (const id of s) if (!Number.isInteger(id) || id < 0 || id >= nItems) throw new Error(`item id ${id} out of range`);
  }
  if (!(Number.isInteger(k) && k >= 1 && k <= V)) throw new Error('k must be in [1, V]');
  const { hT, scores } = tf.tidy(() => {
    const Et = tf.tensor2d(E);
    const Wi = tf.tensor2d(Wih), Wh = tf.tensor2d(Whh);
    const bi = tf.tensor1d(bih), bh = tf.tensor1d(bhh);
    let h: tf.Tensor2D = tf.zeros([B, H]);
    for (let t = 0; t < T; t++) {
      const ids = tf.tensor1d(items.map((s) => s[t]!), 'int32');
      const x = tf.gather(Et, ids) as tf.Tensor2D;
      const gi = tf.add(tf.matMul(x, Wi, false, true), bi);
      const gh = tf.add(tf.matMul(h, Wh, false, true), bh);
      const [ir, iz, inn] = tf.split(gi, 3, 1) as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];
      const [hr, hz, hn] = tf.split(gh, 3, 1) as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];
      const r = tf.sigmoid(tf.add(ir, hr));
      const z = tf.sigmoid(tf.add(iz, hz));
      const n = tf.tanh(tf.add(inn, tf.mul(r, hn)));
      h = tf.add(tf.mul(tf.sub(1, z), n), tf.mul(z, h)) as tf.Tensor2D;
    }
    const sc = tf.add(tf.matMul(h, tf.tensor2d(Wout), false, true), tf.tensor1d(bout));
    return { hT: h.arraySync() as number[][], scores: sc.arraySync() as number[][] };
  });
  const topK = scores.map((row) => row.map((v, i) => i).sort((a, b) => row[b]! - row[a]! || a - b).slice(0, k));
  return { hT, scores, topK };
}
