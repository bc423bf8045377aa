// Reference: plain float64; K independent binary logistic regressions by batch gradient descent.
import { argmaxLowest } from '../../grader/reference-kit/cart.ts';

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Binary logistic regression from zero: `iters` full-batch steps on the mean log-loss. Returns [b, w]. */
export function fitBinary(X: number[][], t: number[], lr: number, iters: number): [number, number[]] {
  const n = X.length, p = X[0]!.length;
  let b = 0;
  let w = new Array<number>(p).fill(0);
  for (let it = 0; it < iters; it++) {
    const r = X.map((x, i) => sigmoid(x.reduce((s, v, j) => s + v * w[j]!, b)) - t[i]!);
    w = w.map((wj, j) => wj - (lr * X.reduce((s, x, i) => s + x[j]! * r[i]!, 0)) / n);
    b -= (lr * r.reduce((s, v) => s + v, 0)) / n;
  }
  return [b, w];
}

export function ovrLogistic(X: number[][], y: number[], K: number, lr: number, iters: number, Xtest: number[][]): { scores: number[][]; proba: number[][]; labels: number[] } {
  const n = X.length;
  if (n === 0) throw new Error('X is empty');
  const p = X[0]!.length;
  if (p === 0 || [...X, ...Xtest].some((r) => r.length !== p || r.some((v) => !Number.isFinite(v)))) throw new Error('rows must be finite vectors of the same length >= 1');
  if (!Number.isInteger(K) || K < 2) throw new Error('K must be an integer >= 2');
  if (y.length !== n || y.some((v) => !Number.isInteger(v) || v < 0 || v >= K)) throw new Error('labels must be integers in [0, K)');
  if (!(lr > 0) || !Number.isFinite(lr)) throw new Error('lr must be positive');
  if (!Number.isInteger(iters) || iters < 0) throw new Error('iters must be a non-negative integer');
  const models = Array.from({ length: K }, (_, k) => fitBinary(X, y.map((v) => (v === k ? 1 : 0)), lr, iters));
  const scores = Xtest.map((x) => models.map(([b, w]) => sigmoid(x.reduce((s, v, j) => s + v * w[j]!, b))));
  const proba = scores.map((s) => { const z = s.reduce((a, v) => a + v, 0); return s.map((v) => v / z); });
  return { scores, proba, labels: scores.map(argmaxLowest) };
}
