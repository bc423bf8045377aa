import * as tf from '@tensorflow/tfjs';

export function klDivergence(P: number[][], Q: number[][]): number[] {
  if (P.length !== Q.length) throw new Error('P and Q must have the same shape');
  if (P.length === 0) return [];
  const k = P[0]!.length;
  for (let i = 0; i < P.length; i++) {
    const p = P[i]!, q = Q[i]!;
    if (p.length !== k || q.length !== k) throw new Error('P and Q must have the same shape');
    for (const row of [p, q]) {
      if (row.some((v) => !(v >= 0))) throw new Error('entries must be non-negative');
      if (Math.abs(row.reduce((s, v) => s + v, 0) - 1) > 1e-6) throw new Error('rows must sum to 1');
    }
  }
  return tf.tidy(() => {
    const p = tf.tensor2d(P), q = tf.tensor2d(Q);
    // where(p > 0, p·log(p/q), 0): removes 0·log 0; p > 0, q = 0 gives +Infinity.
    const terms = tf.where(tf.greater(p, 0), p.mul(tf.log(p.div(q))), tf.zerosLike(p));
    return terms.sum(1).arraySync() as number[];
  });
}
