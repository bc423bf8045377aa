import { describe, it, expect } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { layerNorm } from '../../../problems/layer-norm/reference.ts';

// The layer-norm reference is float64 TS. These tests pin why (float32 drift near 1e6) and the
// TF.js convention that differs from the catalog (the layers API defaults to eps = 1e-3, not 1e-5).

function tfLayerNorm(x: number[][], gamma: number[], beta: number[], eps: number): number[][] {
  return tf.tidy(() => {
    const t = tf.tensor2d(x);
    const { mean, variance } = tf.moments(t, -1, true);
    return t.sub(mean).div(variance.add(eps).sqrt()).mul(tf.tensor1d(gamma)).add(tf.tensor1d(beta)).arraySync() as number[][];
  });
}

/** max over elements of |a − b| / (atol + rtol·|b|) */
function worstRatio(a: number[][], b: number[][], rtol: number, atol: number): number {
  let worst = 0;
  a.forEach((row, i) => row.forEach((v, j) => {
    const e = b[i]![j]!;
    worst = Math.max(worst, Math.abs(v - e) / (atol + rtol * Math.abs(e)));
  }));
  return worst;
}

// deterministic pseudo-random data (no Math.random)
function data(n: number, d: number, offset: number, scale: number): number[][] {
  let s = 12345;
  const u = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  return Array.from({ length: n }, () => Array.from({ length: d }, () => offset + scale * (u() * 2 - 1)));
}

describe('layer-norm reference vs TF.js', () => {
  const rtol = 1e-5, atol = 1e-6;

  it('agrees with tf.moments-based float32 layer norm on moderate data, within a tenth of the tolerance', () => {
    const x = data(16, 32, 3, 4);
    const gamma = x[0]!.map((_, j) => 0.5 + j / 32);
    const beta = x[0]!.map((_, j) => j / 64 - 0.25);
    expect(worstRatio(tfLayerNorm(x, gamma, beta, 1e-5), layerNorm(x, gamma, beta, 1e-5), rtol, atol)).toBeLessThan(0.1);
  });

  it('float32 cannot handle rows near 1e6: TF.js misses the tolerance there, so expected values are float64', () => {
    const x = data(4, 16, 1e6, 0.05);
    const ones = new Array(16).fill(1), zeros = new Array(16).fill(0);
    expect(worstRatio(tfLayerNorm(x, ones, zeros, 1e-5), layerNorm(x, ones, zeros, 1e-5), rtol, atol)).toBeGreaterThan(1);
  });

  it('tf.layers.layerNormalization defaults to epsilon 1e-3, not the 1e-5 the problems pass explicitly', () => {
    const layer = tf.layers.layerNormalization({});
    expect(layer.getConfig().epsilon).toBe(1e-3);
  });
});
