// Reference: plain float64 TypeScript (tf.train.adagrad starts its accumulator at 0.1 and puts eps inside the root).
import { matVec } from '../../grader/reference-kit/linalg.ts';

export function adagrad(A: number[][], b: number[], w0: number[], lr: number, eps: number, steps: number): { w: number[]; G: number[] } {
  const d = w0.length;
  if (d === 0) throw new Error('w0 must not be empty');
  if (b.length !== d || A.length !== d || A.some((row) => row.length !== d)) throw new Error('A must be d×d and b, w0 of length d');
  if (!(lr > 0)) throw new Error('lr must be positive');
  if (!(eps > 0)) throw new Error('eps must be positive');
  if (!Number.isInteger(steps) || steps < 0) throw new Error('steps must be a non-negative integer');
  const w = w0.slice();
  const G = new Array<number>(d).fill(0);
  for (let t = 0; t < steps; t++) {
    const Aw = matVec(A, w);
    for (let i = 0; i < d; i++) {
      const g = Aw[i]! - b[i]!;
      G[i] = G[i]! + g * g;
      w[i] = w[i]! - (lr * g) / (Math.sqrt(G[i]!) + eps);
    }
  }
  return { w, G };
}
