// Reference: TensorFlow.js ops; the L1 subgradient is tf.sign (sign(0) = 0), never tf.grad(tf.abs).
import * as tf from '@tensorflow/tfjs';

export function penalties(w: number[], lambda: number, alpha: number): { l1: number; l2: number; elasticNet: number; gradL1: number[]; gradL2: number[]; gradElasticNet: number[] } {
  if (!(lambda >= 0)) throw new Error('lambda must be >= 0');
  if (!(alpha >= 0 && alpha <= 1)) throw new Error('alpha must lie in [0, 1]');
  if (w.length === 0) return { l1: 0, l2: 0, elasticNet: 0, gradL1: [], gradL2: [], gradElasticNet: [] };
  return tf.tidy(() => {
    const t = tf.tensor1d(w);
    const absSum = tf.sum(tf.abs(t));
    const sqSum = tf.sum(tf.square(t));
    const sgn = tf.sign(t);
    const l1 = tf.mul(lambda, absSum);
    const l2 = tf.mul(lambda, sqSum);
    const en = tf.mul(lambda, tf.add(tf.mul(alpha, absSum), tf.mul((1 - alpha) / 2, sqSum)));
    const gL1 = tf.mul(lambda, sgn);
    const gL2 = tf.mul(2 * lambda, t);
    const gEn = tf.mul(lambda, tf.add(tf.mul(alpha, sgn), tf.mul(1 - alpha, t)));
    return {
      l1: l1.arraySync() as number,
      l2: l2.arraySync() as number,
      elasticNet: en.arraySync() as number,
      gradL1: gL1.arraySync() as number[],
      gradL2: gL2.arraySync() as number[],
      gradElasticNet: gEn.arraySync() as number[],
    };
  });
}
