import * as tf from '@tensorflow/tfjs';

/**
 * TF.js reference (float32): nn.Linear projections, contiguous head split via reshape [n,h,dk] +
 * transpose, batched matMul, masked_fill(-1e9) by replacement, softmax, merge heads, output projection.
 */
export function multiHeadAttention(
  q: number[][],
  k: number[][],
  v: number[][],
  Wq: number[][],
  bq: number[],
  Wk: number[][],
  bk: number[],
  Wv: number[][],
  bv: number[],
  Wo: number[][],
  bo: number[],
  numHeads: number,
  mask: number[][] | null,
): { output: number[][]; weights: number[][][] } {
  const d = Wq.length;
  if (!Number.isInteger(numHeads) || numHeads < 1 || d % numHeads !== 0) {
    throw new Error(`multiHeadAttention: d_model ${d} is not divisible by numHeads ${numHeads}`);
  }
  const n = q.length, m = k.length, h = numHeads, dk = d / h;
  return tf.tidy(() => {
    const linear = (x: number[][], W: number[][], b: number[]) =>
      tf.matMul(tf.tensor2d(x, [x.length, d]), tf.tensor2d(W, [d, d]), false, true).add(tf.tensor1d(b));
    const split = (x: tf.Tensor, rows: number) => x.reshape([rows, h, dk]).transpose([1, 0, 2]) as tf.Tensor3D;
    const Q = split(linear(q, Wq, bq), n);
    const K = split(linear(k, Wk, bk), m);
    const V = split(linear(v, Wv, bv), m);
    let scores = tf.matMul(Q, K, false, true).div(Math.sqrt(dk)) as tf.Tensor3D; // [h, n, m]
    if (mask !== null) {
      const blocked = tf.equal(tf.tensor2d(mask, [n, m]).expandDims(0).tile([h, 1, 1]), 0);
      scores = tf.where(blocked, tf.fill([h, n, m], -1e9), scores);
    }
    const weights = tf.softmax(scores); // last axis
    const context = tf.matMul(weights, V).transpose([1, 0, 2]).reshape([n, d]); // heads concatenated in order
    const output = tf.matMul(context, tf.tensor2d(Wo, [d, d]), false, true).add(tf.tensor1d(bo));
    return { output: output.arraySync() as number[][], weights: weights.arraySync() as number[][][] };
  });
}
