// Reference: plain float64 TypeScript; the Newton system is solved with the kit's pivoted LU.
import { solve } from '../../grader/reference-kit/linalg.ts';

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Gradient and Hessian of the mean logistic loss plus (l2/2)·‖w‖² at θ = [b, ...w]. */
export function gradientAndHessian(X: number[][], y: number[], theta: number[], l2: number): { grad: number[]; hessian: number[][] } {
  const m = X.length;
  const p = theta.length;
  const grad = new Array<number>(p).fill(0);
  const hessian = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let i = 0; i < m; i++) {
    const xi = [1, ...X[i]!];
    const h = sigmoid(xi.reduce((s, x, j) => s + x * theta[j]!, 0));
    const w = h * (1 - h);
    for (let a = 0; a < p; a++) {
      grad[a] = grad[a]! + ((h - y[i]!) * xi[a]!) / m;
      for (let b = 0; b < p; b++) hessian[a]![b] = hessian[a]![b]! + (w * xi[a]! * xi[b]!) / m;
    }
  }
  for (let a = 1; a < p; a++) {
    grad[a] = grad[a]! + l2 * theta[a]!;
    hessian[a]![a] = hessian[a]![a]! + l2;
  }
  return { grad, hessian };
}

export function logisticNewton(X: number[][], y: number[], theta0: number[], l2: number, iters: number): { grad: number[]; hessian: number[][]; thetas: number[][] } {
  const m = X.length;
  if (m === 0) throw new Error('X must have at least one row');
  if (y.length !== m) throw new Error('X and y must have the same number of rows');
  if (X.some((row) => row.length !== theta0.length - 1)) throw new Error('theta0 must have one entry more than each row of X');
  if (y.some((v) => v !== 0 && v !== 1)) throw new Error('labels must be 0 or 1');
  if (!(l2 >= 0) || !Number.isFinite(l2)) throw new Error('l2 must be a finite number >= 0');
  if (!Number.isInteger(iters) || iters < 0) throw new Error('iters must be a non-negative integer');
  const first = gradientAndHessian(X, y, theta0, l2);
  let theta = theta0.slice();
  const thetas: number[][] = [];
  for (let t = 0; t < iters; t++) {
    const { grad, hessian } = t === 0 ? first : gradientAndHessian(X, y, theta, l2);
    let delta: number[];
    try {
      delta = solve(hessian, grad, 1e-12);
    } catch {
      throw new Error(`the Hessian is singular at step ${t + 1}`);
    }
    theta = theta.map((v, j) => v - delta[j]!);
    thetas.push(theta);
  }
  return { grad: first.grad, hessian: first.hessian, thetas };
}
