// Reference: plain float64 TypeScript; H = XᵀX/m is applied as Xᵀ(Xv)/m and never formed.
import { dot, matVec, norm2, transpose } from '../../grader/reference-kit/linalg.ts';

export function maxStableLr(X: number[][], y: number[], v0: number[], iters: number, steps: number): { lambdaMax: number; lrMax: number; lossBelow: number; lossAbove: number } {
  const m = X.length;
  const d = v0.length;
  if (m === 0) throw new Error('X must have at least one row');
  if (y.length !== m) throw new Error('X and y must have the same number of rows');
  if (d === 0 || X.some((row) => row.length !== d)) throw new Error('v0 must have one entry per column of X');
  if (!Number.isInteger(iters) || iters < 0) throw new Error('iters must be a non-negative integer');
  if (!Number.isInteger(steps) || steps < 0) throw new Error('steps must be a non-negative integer');
  const Xt = transpose(X);
  const applyH = (v: number[]) => matVec(Xt, matVec(X, v)).map((x) => x / m);
  const n0 = norm2(v0);
  if (!(n0 > 0)) throw new Error('v0 must not be the zero vector');
  let v = v0.map((x) => x / n0);
  for (let k = 0; k < iters; k++) {
    const u = applyH(v);
    const nu = norm2(u);
    if (!(nu > 0)) throw new Error('H·v is zero: the power iteration cannot continue');
    v = u.map((x) => x / nu);
  }
  const lambdaMax = dot(v, applyH(v));
  if (!(lambdaMax > 0)) throw new Error('the Rayleigh quotient is zero: no curvature along v');
  const lrMax = 2 / lambdaMax;
  const finalLoss = (lr: number) => {
    let theta = new Array<number>(d).fill(0);
    for (let t = 0; t < steps; t++) {
      const r = matVec(X, theta).map((p, i) => p - y[i]!);
      const g = matVec(Xt, r).map((x) => x / m);
      theta = theta.map((th, j) => th - lr * g[j]!);
    }
    const r = matVec(X, theta).map((p, i) => p - y[i]!);
    return dot(r, r) / (2 * m);
  };
  return { lambdaMax, lrMax, lossBelow: finalLoss(0.9 * lrMax), lossAbove: finalLoss(1.1 * lrMax) };
}
