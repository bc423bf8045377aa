import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { softmax } from '../../../problems/stable-softmax/reference.ts';
import { scaledDotProductAttention } from '../../../problems/scaled-dot-product-attention/reference.ts';
import attentionTests from '../../../problems/scaled-dot-product-attention/tests.ts';
import { rng } from '../../../grader/kit.ts';

/** Largest |a−b| / (atol + rtol·|b|) over all entries: > 1 means the tolerance is missed. */
function worstRatio(actual: number[][], expected: number[][], rtol: number, atol: number): number {
  let worst = 0;
  expected.forEach((row, i) => row.forEach((b, j) => {
    worst = Math.max(worst, Math.abs(actual[i]![j]! - b) / (atol + rtol * Math.abs(b)));
  }));
  return worst;
}

/** The catalog's TF.js formulation of masked attention (float32). */
function tfAttention(Q: number[][], K: number[][], V: number[][], mask: number[][] | null): { output: number[][]; weights: number[][] } {
  return tf.tidy(() => {
    const q = tf.tensor2d(Q);
    let s = tf.matMul(q, tf.tensor2d(K), false, true).div(Math.sqrt(Q[0]!.length));
    if (mask !== null) s = tf.where(tf.equal(tf.tensor2d(mask), 0), tf.fill(s.shape, -1e9), s);
    const w = tf.softmax(s);
    return { output: tf.matMul(w, tf.tensor2d(V)).arraySync() as number[][], weights: w.arraySync() as number[][] };
  });
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('float32 (TF.js) vs float64 references', () => {
  it('softmax with large non-integer logits misses rtol 1e-6 in float32, so the reference is float64', () => {
    const z = [[100.3, -250.35, 100.1, 99.7], [-250.35, 100.3, 37.125, 100.29]];
    const f32 = tf.tidy(() => tf.softmax(tf.tensor2d(z)).arraySync() as number[][]);
    const ratio = worstRatio(f32, softmax(z), 1e-6, 1e-9);
    expect(ratio).toBeGreaterThan(1); // measured ≈ several tolerances
    // float64 agrees with an independent float64 formulation (log-sum-exp) far inside a tenth of the tolerance
    const lse = z.map((row) => {
      const m = Math.max(...row);
      const l = m + Math.log(row.reduce((s, v) => s + Math.exp(v - m), 0));
      return row.map((v) => Math.exp(v - l));
    });
    expect(worstRatio(lse, softmax(z), 1e-6, 1e-9)).toBeLessThan(0.1);
  });

  it('TF.js softmax is stable on ±1000 and agrees where float32 suffices', () => {
    const f32 = tf.tidy(() => tf.softmax(tf.tensor2d([[1000, 1000, -1000]])).arraySync() as number[][]);
    expect(f32).toEqual([[0.5, 0.5, 0]]);
    const z = rng(5).matrix(4, 6, -3, 3);
    const f32r = tf.tidy(() => tf.softmax(tf.tensor2d(z)).arraySync() as number[][]);
    expect(worstRatio(f32r, softmax(z), 1e-5, 1e-6)).toBeLessThan(1);
  });

  it('attention: the TF.js formulation cross-checks the float64 reference on every test case', () => {
    for (const c of attentionTests.cases) {
      const [Q, K, V, mask] = c.args as [number[][], number[][], number[][], number[][] | null];
      const ref = scaledDotProductAttention(Q, K, V, mask);
      const f32 = tfAttention(Q, K, V, mask);
      // float32 agrees to a loose 1e-3 relative (an independent implementation, not the expected value)
      expect(worstRatio(f32.weights, ref.weights, 1e-3, 1e-5), c.name).toBeLessThan(1);
      expect(worstRatio(f32.output, ref.output, 1e-3, 1e-5), c.name).toBeLessThan(1);
    }
  });

  it('attention: a fully masked row is uniform in both (replacement by −1e9)', () => {
    const args: [number[][], number[][], number[][], number[][]] = [[[1, 2]], [[1, 0], [0, 1], [3, 3]], [[1], [2], [6]], [[0, 0, 0]]];
    expect(scaledDotProductAttention(...args).weights[0]).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(tfAttention(...args).weights[0]!.every((w) => Math.abs(w - 1 / 3) < 1e-7)).toBe(true);
  });

  it('attention: float32 uses about a tenth of the 1e-5 tolerance (no margin), so expected values are float64', () => {
    let worst = 0;
    for (const c of attentionTests.cases) {
      const [Q, K, V, mask] = c.args as [number[][], number[][], number[][], number[][] | null];
      const ref = scaledDotProductAttention(Q, K, V, mask);
      const f32 = tfAttention(Q, K, V, mask);
      worst = Math.max(worst, worstRatio(f32.output, ref.output, 1e-5, 1e-6), worstRatio(f32.weights, ref.weights, 1e-5, 1e-6));
    }
    // measured ≈ 0.087 on the large case: at the edge of the one-tenth budget a reference may use
    expect(worst).toBeGreaterThan(0.05);
  });
});
