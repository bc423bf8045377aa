import { describe, it, expect } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { confusionMatrix } from '../../../problems/confusion-matrix/reference.ts';

// The reference builds the matrix from float32 one-hot products instead of tf.math.confusionMatrix,
// whose int32 matMul the wasm backend rejects, and special-cases K = 1 (tf.oneHot needs depth ≥ 2).

describe('confusion-matrix reference', () => {
  it('agrees with tf.math.confusionMatrix (rows = true, columns = predicted) on the cpu backend', async () => {
    await tf.setBackend('cpu');
    const yTrue = [0, 1, 2, 2, 1, 3, 0, 3, 3], yPred = [0, 2, 2, 2, 1, 0, 0, 3, 1];
    const tfCm = tf.tidy(() => tf.math.confusionMatrix(tf.tensor1d(yTrue, 'int32'), tf.tensor1d(yPred, 'int32'), 4).arraySync());
    expect(confusionMatrix(yTrue, yPred, 4)).toEqual(tfCm);
    expect(confusionMatrix(yTrue, yPred, 4)[1]).toEqual([0, 1, 1, 0]);
  });

  it('handles what tf.math.confusionMatrix cannot: one class and empty input', () => {
    expect(() => tf.math.confusionMatrix(tf.tensor1d([0, 0], 'int32'), tf.tensor1d([0, 0], 'int32'), 1)).toThrow();
    expect(confusionMatrix([0, 0, 0], [0, 0, 0], 1)).toEqual([[3]]);
    expect(confusionMatrix([], [], 2)).toEqual([[0, 0], [0, 0]]);
  });
});
