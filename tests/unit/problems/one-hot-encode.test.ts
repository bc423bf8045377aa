import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { oneHot } from '../../../problems/one-hot-encode/reference.ts';

describe('one-hot-encode reference vs TF.js conventions', () => {
  it('tf.oneHot rejects depth 1, so the reference pads the depth and slices', () => {
    expect(() => tf.oneHot(tf.tensor1d([0], 'int32'), 1)).toThrow(/depth/);
    expect(oneHot([[4], [4]], [[4], [5]], false)).toEqual({ categories: [[4]], train: [[1], [1]], test: [[1], [0]] });
    expect(oneHot([[4], [4]], [[4]], true)).toEqual({ categories: [[4]], train: [[], []], test: [[]] });
  });
  it('index -1 (unknown / NaN) gives an all-zero row, and categories are sorted, not first-appearance', () => {
    expect(tf.oneHot(tf.tensor1d([-1], 'int32'), 3).arraySync()).toEqual([[0, 0, 0]]);
    expect(oneHot([[10], [3], [NaN]], [[7], [NaN], [3]], false)).toEqual({ categories: [[3, 10]], train: [[0, 1], [1, 0], [0, 0]], test: [[0, 0], [0, 0], [1, 0]] });
  });
});
