import * as tf from '@tensorflow/tfjs';

/**
 * TF.js reference: tf.grads of the mean softmax cross-entropy of an L-layer ReLU MLP
 * (numpy layout, Z = A·W + b with W of shape in × out). tf.relu's gradient at 0 is 0, which is the
 * convention the statement fixes.
 */
export function mlpGradients(
  X: number[][],
  Y: number[][],
  weights: number[][][],
  biases: number[][],
): { dW: number[][][]; db: number[][]; loss: number } {
  const L = weights.length;
  if (L < 1 || biases.length !== L) throw new Error('mlpGradients: need one bias vector per weight matrix');
  return tf.tidy(() => {
    const x = tf.tensor2d(X);
    const y = tf.tensor2d(Y);
    const params = [...weights.map((W) => tf.tensor2d(W)), ...biases.map((b) => tf.tensor1d(b))];
    const lossOf = (...ps: tf.Tensor[]) => {
      let a: tf.Tensor = x;
      for (let l = 0; l < L; l++) {
        const z = tf.matMul(a as tf.Tensor2D, ps[l] as tf.Tensor2D).add(ps[L + l]!);
        a = l < L - 1 ? tf.relu(z) : z;
      }
      // mean over the batch of −Σ_k y_k log softmax(z)_k
      return tf.losses.softmaxCrossEntropy(y, a, undefined, 0, tf.Reduction.MEAN);
    };
    const { value, grads } = tf.valueAndGrads(lossOf)(params);
    return {
      dW: grads.slice(0, L).map((g) => g.arraySync() as number[][]),
      db: grads.slice(L).map((g) => g.arraySync() as number[]),
      loss: value.arraySync() as number,
    };
  });
}
