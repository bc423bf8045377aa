// Reference: plain float64 TypeScript (centring + the kit's Cholesky); tfjs has no solver.
import { cholesky, choleskySolve } from '../../grader/reference-kit/linalg.ts';

export function ridgeFit(X: number[][], y: number[], alpha: number): { weights: number[]; bias: number } {
  const n = X.length;
  if (n === 0 || y.length !== n) throw new Error('X and y must have the same non-zero length');
  if (!(alpha >= 0)) throw new Error('alpha must be >= 0');
  const d = X[0]!.length;
  const xm = Array.from({ length: d }, (_, j) => X.reduce((s, r) => s + r[j]!, 0) / n);
  const ym = y.reduce((s, v) => s + v, 0) / n;
  const Xc = X.map((r) => r.map((v, j) => v - xm[j]!));
  const yc = y.map((v) => v - ym);
  const A = Array.from({ length: d }, (_, a) => Array.from({ length: d }, (_, b) => Xc.reduce((s, r) => s + r[a]! * r[b]!, 0) + (a === b ? alpha : 0)));
  const rhs = Array.from({ length: d }, (_, a) => Xc.reduce((s, r, i) => s + r[a]! * yc[i]!, 0));
  let L: number[][];
  try {
    L = cholesky(A, 1e-11);
  } catch {
    throw new Error('singular system: alpha = 0 with linearly dependent (centred) features');
  }
  const w = choleskySolve(L, rhs);
  const bias = ym - xm.reduce((s, v, j) => s + v * w[j]!, 0);
  return { weights: w, bias };
}
