import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { conv2d } from '../../../problems/conv2d-forward/reference.ts';

// Pins a TensorFlow.js convention/bug the conv2d-forward reference works around:
// a numeric `pad` with a non-square kernel gives the wrong output width in tfjs 4.22,
// while explicit [[0,0],[P,P],[P,P],[0,0]] padding matches PyTorch's Conv2d(padding=P).
describe('conv2d-forward reference vs tf.conv2d padding conventions', () => {
  it('numeric pad 0 differs from valid padding for a 3x4 kernel (tfjs quirk)', () => {
    const x = tf.ones([1, 3, 4, 2]) as tf.Tensor4D;
    const w = tf.ones([3, 4, 2, 3]) as tf.Tensor4D;
    expect(tf.conv2d(x, w, 1, 'valid').shape).toEqual([1, 1, 1, 3]);
    expect(tf.conv2d(x, w, 1, [[0, 0], [0, 0], [0, 0], [0, 0]]).shape).toEqual([1, 1, 1, 3]);
    // if this starts failing, tfjs fixed numeric padding; the reference stays correct either way
    expect(tf.conv2d(x, w, 1, 0).shape).toEqual([1, 1, 2, 3]);
  });

  it('reference uses cross-correlation with symmetric zero padding (PyTorch semantics)', () => {
    const x = [[[1, 2, 3], [4, 5, 6], [7, 8, 9]]];
    const w = [[[[1, 0], [0, -1]]]];
    expect(conv2d(x, w, [0.5], 1, 0)).toEqual([[[-3.5, -3.5], [-3.5, -3.5]]]);
    expect(conv2d(x, w, [0.5], 2, 1)).toEqual([[[-0.5, -2.5], [-6.5, -3.5]]]);
    // non-square kernel keeps the PyTorch output width floor((W + 2P - kW)/S) + 1
    const y = conv2d([[[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]], [[[[1, 1, 1, 1], [0, 0, 0, 0], [0, 0, 0, 0]]]], [0], 1, 0);
    expect(y).toEqual([[[10]]]);
  });
});
