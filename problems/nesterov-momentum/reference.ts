// Reference: plain float64 TypeScript (tf.train.momentum with useNesterov tracks a shifted variable).
import { matVec } from '../../grader/reference-kit/linalg.ts';

export function nesterov(A: number[][], b: number[], w0: number[], lr: number, beta: number, steps: number): number[][] {
  const d = w0.length;
  if (d === 0) throw new Error('w0 must not be empty');
  if (b.length !== d || A.length !== d || A.some((row) => row.length !== d)) throw new Error('A must be d×d and b, w0 of length d');
  if (!(lr > 0)) throw new Error('lr must be positive');
  if (!(beta >= 0 && beta < 1)) throw new Error('beta must lie in [0, 1)');
  if (!Number.isInteger(steps) || steps < 0) throw new Error('steps must be a non-negative integer');
  let w = w0.slice();
  let v = new Array<number>(d).fill(0);
  const out: number[][] = [];
  for (let t = 0; t < steps; t++) {
    const ahead = w.map((wi, i) => wi + beta * v[i]!);
    const g = matVec(A, ahead).map((x, i) => x - b[i]!);
    v = v.map((vi, i) => beta * vi - lr * g[i]!);
    w = w.map((wi, i) => wi + v[i]!);
    out.push(w);
  }
  return out;
}
