// Reference: plain float64 batch gradient descent with a max-shifted softmax.
import { softmaxRow } from '../../grader/reference-kit/float64.ts';

type Result = { W: number[][]; b: number[]; lossHistory: number[] };

export function softmaxRegressionGd(X: number[][], y: number[], W0: number[][], b0: number[], lr: number, iters: number): Result {
  const n = X.length;
  if (n === 0) throw new Error('X is empty');
  const p = X[0]!.length;
  const K = b0.length;
  if (K < 2) throw new Error('at least two classes');
  if (p === 0 || X.some((r) => r.length !== p)) throw new Error('rows of X must have the same length >= 1');
  if (W0.length !== p || W0.some((r) => r.length !== K)) throw new Error('W0 must be p × K');
  if ([...X.flat(), ...W0.flat(), ...b0].some((v) => !Number.isFinite(v))) throw new Error('values must be finite');
  if (y.length !== n || y.some((v) => !Number.isInteger(v) || v < 0 || v >= K)) throw new Error('labels must be integers in [0, K)');
  if (!(lr > 0) || !Number.isFinite(lr)) throw new Error('lr must be positive');
  if (!Number.isInteger(iters) || iters < 0) throw new Error('iters must be a non-negative integer');
  let W = W0.map((r) => [...r]);
  let b = [...b0];
  const lossHistory: number[] = [];
  for (let t = 0; t < iters; t++) {
    const P = X.map((x) => softmaxRow(b.map((bk, k) => x.reduce((s, v, j) => s + v * W[j]![k]!, bk))));
    lossHistory.push(-P.reduce((s, row, i) => s + Math.log(row[y[i]!]!), 0) / n);
    const G = P.map((row, i) => row.map((v, k) => (v - (k === y[i] ? 1 : 0)) / n));
    W = W.map((row, j) => row.map((w, k) => w - lr * X.reduce((s, x, i) => s + x[j]! * G[i]![k]!, 0)));
    b = b.map((bk, k) => bk - lr * G.reduce((s, g) => s + g[k]!, 0));
  }
  return { W, b, lossHistory };
}
