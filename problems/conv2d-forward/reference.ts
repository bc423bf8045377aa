// Reference: tf.conv2d (NHWC input, [kH, kW, inC, outC] filter, EXPLICIT padding), float32.
// Do not pass a numeric `pad` to tf.conv2d: tfjs 4.22 computes the wrong output width for non-square
// kernels with a numeric pad (pad 0 on a 3x4 kernel gives width 2 instead of 1; see
// tests/unit/problems/conv2d-forward.test.ts). Explicit [[0,0],[P,P],[P,P],[0,0]] padding is correct.
import * as tf from '@tensorflow/tfjs';

export function conv2d(x: number[][][], w: number[][][][], b: number[], stride: number, padding: number): number[][][] {
  const C = x.length, H = x[0]?.length ?? 0, W = x[0]?.[0]?.length ?? 0;
  const O = w.length, kH = w[0]?.[0]?.length ?? 0, kW = w[0]?.[0]?.[0]?.length ?? 0;
  if (C === 0 || O === 0 || w[0]!.length !== C) throw new Error('channel mismatch between x and w');
  if (b.length !== O) throw new Error('bias length must equal the number of output channels');
  if (!(Number.isInteger(stride) && stride >= 1 && Number.isInteger(padding) && padding >= 0)) throw new Error('bad stride or padding');
  if (H + 2 * padding < kH || W + 2 * padding < kW) throw new Error('kernel larger than the padded input');
  return tf.tidy(() => {
    const xt = tf.transpose(tf.tensor3d(x), [1, 2, 0]).expandDims(0) as tf.Tensor4D; // [1,H,W,C]
    const wt = tf.transpose(tf.tensor4d(w), [2, 3, 1, 0]) as tf.Tensor4D; // [kH,kW,C,O]
    const y = tf.add(tf.conv2d(xt, wt, stride, [[0, 0], [padding, padding], [padding, padding], [0, 0]]), tf.tensor1d(b)); // [1,Ho,Wo,O]
    return tf.transpose(y.squeeze([0]), [2, 0, 1]).arraySync() as number[][][];
  });
}
