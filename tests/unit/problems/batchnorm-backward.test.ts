import { describe, it, expect } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { batchNormBackward } from '../../../problems/batchnorm-backward/reference.ts';

// The batchnorm-backward reference is the float64 closed form. TF.js autodiff (the catalog's
// suggested reference) is the cross-check here; these tests also pin where TF.js differs:
// float32 drift for inputs near 1e3, and tf.batchNorm's default varianceEpsilon of 1e-3.

function tfBackward(x: number[][], gamma: number[], dY: number[][], eps: number) {
  return tf.tidy(() => {
    const dy = tf.tensor2d(dY);
    const f = (xt: tf.Tensor, g: tf.Tensor, b: tf.Tensor) => {
      const { mean, variance } = tf.moments(xt, 0);
      return tf.batchNorm(xt, mean, variance, b, g, eps).mul(dy).sum();
    };
    const [dX, dG, dB] = tf.grads(f as (...a: tf.Tensor[]) => tf.Tensor)([
      tf.tensor2d(x), tf.tensor1d(gamma), tf.zeros([gamma.length]),
    ]);
    return { dX: dX!.arraySync() as number[][], dGamma: dG!.arraySync() as number[], dBeta: dB!.arraySync() as number[] };
  });
}

function worst(a: number[] | number[][], b: number[] | number[][], rtol: number, atol: number): number {
  const fa = (a as unknown[]).flat() as number[], fb = (b as unknown[]).flat() as number[];
  return Math.max(...fa.map((v, i) => Math.abs(v - fb[i]!) / (atol + rtol * Math.abs(fb[i]!))));
}

function data(m: number, d: number, offset: number, scale: number, seed: number): number[][] {
  let s = seed;
  const u = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  return Array.from({ length: m }, () => Array.from({ length: d }, () => offset + scale * (u() * 2 - 1)));
}

describe('batchnorm-backward reference vs tf.grads', () => {
  const rtol = 1e-4, atol = 1e-6;

  it('matches autodiff through tf.moments + tf.batchNorm on moderate inputs, within a tenth of the tolerance', () => {
    const x = data(8, 5, 1, 2, 1), dY = data(8, 5, 0, 1, 2), gamma = [1.5, -0.5, 2, 0.7, 1];
    const ref = batchNormBackward(x, gamma, dY, 1e-5);
    const got = tfBackward(x, gamma, dY, 1e-5);
    expect(worst(got.dX, ref.dX, rtol, atol)).toBeLessThan(0.1);
    expect(worst(got.dGamma, ref.dGamma, rtol, atol)).toBeLessThan(0.1);
    expect(worst(got.dBeta, ref.dBeta, rtol, atol)).toBeLessThan(0.1);
  });

  it('float32 autodiff drifts past the tolerance for inputs near 1e3, so expected values come from float64', () => {
    const x = data(64, 4, 1000, 3, 3), dY = data(64, 4, 0, 1, 4), gamma = [1, 1, 1, 1];
    const ref = batchNormBackward(x, gamma, dY, 1e-5);
    expect(worst(tfBackward(x, gamma, dY, 1e-5).dX, ref.dX, rtol, atol)).toBeGreaterThan(1);
  });

  it('tf.batchNorm defaults varianceEpsilon to 1e-3 (PyTorch and the problem use an explicit eps such as 1e-5)', () => {
    const x = tf.tensor2d([[0.01], [-0.01], [0.02]]);
    const { mean, variance } = tf.moments(x, 0);
    const dflt = tf.batchNorm(x, mean, variance).arraySync() as number[][];
    const e3 = tf.batchNorm(x, mean, variance, undefined, undefined, 1e-3).arraySync() as number[][];
    const e5 = tf.batchNorm(x, mean, variance, undefined, undefined, 1e-5).arraySync() as number[][];
    expect(dflt).toEqual(e3);
    expect(Math.abs(dflt[0]![0]! - e5[0]![0]!)).toBeGreaterThan(0.1);
  });
});
