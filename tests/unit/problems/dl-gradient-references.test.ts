import { describe, it, expect } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { rng } from '../../../grader/kit.ts';
import { conv2dBackward } from '../../../problems/conv2d-backward/reference.ts';
import { rnnBptt } from '../../../problems/rnn-bptt/reference.ts';
import { attentionBackward } from '../../../problems/attention-backward/reference.ts';
import { softmaxJacobian } from '../../../problems/softmax-jacobian/reference.ts';
import { distillationLoss } from '../../../problems/knowledge-distillation-loss/reference.ts';
import { vaeElboGrad } from '../../../problems/vae-reparameterization-grad/reference.ts';
import { ordinalLoss } from '../../../problems/ordinal-ce-loss/reference.ts';

// The gradient packages' references are explicit float64 formulas. Here each one is cross-checked
// against TF.js autodiff (float32) on inputs away from any kink: the largest difference, relative to
// the largest magnitude of the autodiff result, stays at float32 rounding level.

type Nested = number | Nested[];
const flat = (a: Nested): number[] => (Array.isArray(a) ? a.flatMap(flat) : [a]);

function relDiff(ours: Nested, theirs: Nested): number {
  const a = flat(ours), b = flat(theirs);
  expect(a.length).toBe(b.length);
  const scale = Math.max(1e-12, ...b.map(Math.abs));
  return Math.max(...a.map((v, i) => Math.abs(v - b[i]!))) / scale;
}

describe('conv2d-backward reference vs tf.grads over tf.conv2d', () => {
  it.each([[1, 0], [2, 1], [3, 2]])('stride %i, padding %i', (S, P) => {
    const r = rng(7 + S);
    const C = 3, H = 7, W = 6, O = 2, k = 3;
    const x = Array.from({ length: C }, () => r.matrix(H, W, -2, 2));
    const w = Array.from({ length: O }, () => Array.from({ length: C }, () => r.matrix(k, k, -1, 1)));
    const Ho = Math.floor((H + 2 * P - k) / S) + 1, Wo = Math.floor((W + 2 * P - k) / S) + 1;
    const dY = Array.from({ length: O }, () => r.matrix(Ho, Wo, -1, 1));
    const ref = conv2dBackward(x, w, S, P, dY);
    const [dx, dw, db] = tf.tidy(() => {
      const xt = tf.tensor3d(x).transpose([1, 2, 0]).expandDims(0) as tf.Tensor4D; // NHWC
      const wt = tf.tensor4d(w).transpose([2, 3, 1, 0]) as tf.Tensor4D; // [kh, kw, in, out]
      const dy = tf.tensor3d(dY).transpose([1, 2, 0]).expandDims(0);
      const f = (a: tf.Tensor, b: tf.Tensor, c: tf.Tensor) =>
        tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, S, [[0, 0], [P, P], [P, P], [0, 0]]).add(c).mul(dy).sum();
      const g = tf.grads(f as (...a: tf.Tensor[]) => tf.Tensor)([xt, wt, tf.zeros([O])]);
      return [g[0]!.squeeze([0]).transpose([2, 0, 1]).arraySync(), g[1]!.transpose([3, 2, 0, 1]).arraySync(), g[2]!.arraySync()] as Nested[];
    });
    expect(relDiff(ref.dX, dx!)).toBeLessThan(1e-5);
    expect(relDiff(ref.dW, dw!)).toBeLessThan(1e-5);
    expect(relDiff(ref.db, db!)).toBeLessThan(1e-5);
  });
});

describe('rnn-bptt reference vs tf.grads over the unrolled loop', () => {
  it('matches every gradient on a 6-step sequence', () => {
    const r = rng(21);
    const T = 6, D = 3, H = 4, O = 2;
    const xs = r.matrix(T, D, -1, 1), tg = r.matrix(T, O, -1, 1), h0 = r.vector(H, -0.5, 0.5);
    const Wxh = r.matrix(H, D, -1, 1), Whh = r.matrix(H, H, -0.6, 0.6), bh = r.vector(H, -0.3, 0.3);
    const Why = r.matrix(O, H, -1, 1), by = r.vector(O, -0.3, 0.3);
    const ref = rnnBptt(xs, tg, h0, Wxh, Whh, bh, Why, by);
    const got = tf.tidy(() => {
      const f = (wxh: tf.Tensor, whh: tf.Tensor, bhT: tf.Tensor, why: tf.Tensor, byT: tf.Tensor, h: tf.Tensor) => {
        let state = h.reshape([H, 1]);
        let loss = tf.scalar(0);
        for (let t = 0; t < T; t++) {
          state = tf.tanh(wxh.matMul(tf.tensor2d(xs[t]!, [D, 1])).add(whh.matMul(state)).add(bhT.reshape([H, 1])));
          const y = why.matMul(state).add(byT.reshape([O, 1]));
          loss = loss.add(y.sub(tf.tensor2d(tg[t]!, [O, 1])).square().sum().mul(0.5));
        }
        return loss;
      };
      const g = tf.grads(f as (...a: tf.Tensor[]) => tf.Tensor)([
        tf.tensor2d(Wxh), tf.tensor2d(Whh), tf.tensor1d(bh), tf.tensor2d(Why), tf.tensor1d(by), tf.tensor1d(h0),
      ]);
      return g.map((t) => t.arraySync() as Nested);
    });
    [ref.dWxh, ref.dWhh, ref.dbh, ref.dWhy, ref.dby, ref.dh0].forEach((ours, i) => expect(relDiff(ours, got[i]!)).toBeLessThan(1e-5));
  });
});

describe('attention-backward reference vs tf.grads', () => {
  it.each([false, true])('causal = %s', (causal) => {
    const r = rng(causal ? 31 : 32);
    const n = 5, m = causal ? 5 : 7, d = 4, dv = 3;
    const Q = r.normalMatrix(n, d), K = r.normalMatrix(m, d), V = r.normalMatrix(m, dv), dO = r.normalMatrix(n, dv);
    const ref = attentionBackward(Q, K, V, dO, causal);
    const got = tf.tidy(() => {
      const bias = tf.tensor2d(Array.from({ length: n }, (_, i) => Array.from({ length: m }, (_, j) => (causal && j > i ? -1e9 : 0))));
      const f = (q: tf.Tensor, k: tf.Tensor, v: tf.Tensor) =>
        tf.softmax(tf.matMul(q, k, false, true).div(Math.sqrt(d)).add(bias)).matMul(v).mul(tf.tensor2d(dO)).sum();
      return tf.grads(f as (...a: tf.Tensor[]) => tf.Tensor)([tf.tensor2d(Q), tf.tensor2d(K), tf.tensor2d(V)]).map((t) => t.arraySync() as Nested);
    });
    expect(relDiff(ref.dQ, got[0]!)).toBeLessThan(1e-5);
    expect(relDiff(ref.dK, got[1]!)).toBeLessThan(1e-5);
    expect(relDiff(ref.dV, got[2]!)).toBeLessThan(1e-5);
  });
});

describe('softmax-jacobian reference vs tf.grad row by row', () => {
  it('equals diag(s) − ssᵀ from autodiff', () => {
    const z = [0.3, -1.2, 2.5, 0.9];
    const ref = softmaxJacobian(z);
    const rows = z.map((_, i) => tf.tidy(() => tf.grad((x: tf.Tensor) => tf.softmax(x).gather([i]).sum())(tf.tensor1d(z)).arraySync() as number[]));
    expect(relDiff(ref, rows)).toBeLessThan(1e-6);
  });
});

describe('knowledge-distillation-loss gradient vs tf.grad', () => {
  it('matches autodiff of α·CE + (1 − α)·T²·KL', () => {
    const zs = [[2, 0, -1, 0.5], [-0.3, 1.2, 0.1, 0.8]], zt = [[1, 2, 0, -1], [0.5, 0.5, 2, -2]], y = [0, 3];
    const alpha = 0.3, T = 3;
    const ref = distillationLoss(zs, zt, y, alpha, T);
    const got = tf.tidy(() => {
      const f = (z: tf.Tensor) => {
        const ce = tf.losses.softmaxCrossEntropy(tf.oneHot(tf.tensor1d(y, 'int32'), 4), z);
        const p = tf.softmax(tf.tensor2d(zt).div(T));
        const kl = p.mul(tf.logSoftmax(tf.tensor2d(zt).div(T)).sub(tf.logSoftmax(z.div(T)))).sum(1).mean();
        return ce.mul(alpha).add(kl.mul((1 - alpha) * T * T));
      };
      const { value, grad } = tf.valueAndGrad(f)(tf.tensor2d(zs));
      return { loss: value.arraySync() as number, grad: grad.arraySync() as number[][] };
    });
    expect(Math.abs(ref.loss - got.loss) / Math.abs(got.loss)).toBeLessThan(1e-5);
    expect(relDiff(ref.grad, got.grad)).toBeLessThan(1e-5);
  });
});

describe('vae-reparameterization-grad gradients vs tf.grads', () => {
  it.each(['bernoulli', 'gaussian'] as const)('%s decoder', (lik) => {
    const r = rng(lik === 'bernoulli' ? 41 : 42);
    const B = 3, k = 2, d = 4;
    const x = lik === 'bernoulli' ? r.matrix(B, d, 0, 1) : r.normalMatrix(B, d);
    const mu = r.normalMatrix(B, k), lv = r.matrix(B, k, -1, 1), eps = r.normalMatrix(B, k), W = r.matrix(k, d, -1, 1), c = r.vector(d, -0.5, 0.5);
    const ref = vaeElboGrad(x, mu, lv, eps, W, c, lik);
    const got = tf.tidy(() => {
      const f = (m: tf.Tensor, l: tf.Tensor) => {
        const z = m.add(tf.exp(l.mul(0.5)).mul(tf.tensor2d(eps)));
        const a = z.matMul(tf.tensor2d(W)).add(tf.tensor1d(c));
        const xt = tf.tensor2d(x);
        const rec = lik === 'bernoulli' ? tf.softplus(a).sub(xt.mul(a)).sum() : a.sub(xt).square().sum().mul(0.5);
        const kl = tf.exp(l).add(m.square()).sub(1).sub(l).sum().mul(0.5);
        return rec.add(kl).div(B);
      };
      return tf.grads(f as (...a: tf.Tensor[]) => tf.Tensor)([tf.tensor2d(mu), tf.tensor2d(lv)]).map((t) => t.arraySync() as number[][]);
    });
    expect(relDiff(ref.dMu, got[0]!)).toBeLessThan(1e-5);
    expect(relDiff(ref.dLogVar, got[1]!)).toBeLessThan(1e-5);
  });
});

describe('ordinal-ce-loss gradient vs tf.valueAndGrad', () => {
  it('matches autodiff of cross-entropy + λ·|E − y| away from the kink', () => {
    const z = [[2, 1, 0, -1], [0, 0.5, 1, 2], [1, -1, 0.3, 0.2]], y = [1, 3, 0], lambda = 0.7;
    const ref = ordinalLoss(z, y, lambda);
    const got = tf.tidy(() => {
      const f = (t: tf.Tensor) => {
        const ce = tf.losses.softmaxCrossEntropy(tf.oneHot(tf.tensor1d(y, 'int32'), 4), t);
        const E = tf.softmax(t).mul(tf.range(0, 4)).sum(1);
        return ce.add(E.sub(tf.tensor1d(y)).abs().mean().mul(lambda));
      };
      const { value, grad } = tf.valueAndGrad(f)(tf.tensor2d(z));
      return { loss: value.arraySync() as number, grad: grad.arraySync() as number[][] };
    });
    expect(Math.abs(ref.loss - got.loss) / got.loss).toBeLessThan(1e-5);
    expect(relDiff(ref.dLogits, got.grad)).toBeLessThan(1e-5);
  });
});
