// Reference: plain float64 TypeScript, the kit's Householder QR of X_b (tfjs has no solver and no float64).
import { backSubstitute, householderQR, norm2 } from '../../grader/reference-kit/linalg.ts';

export function normalEquation(X: number[][], y: number[]): { weights: number[]; bias: number } {
  const n = X.length;
  if (n === 0 || y.length !== n) throw new Error('X and y must have the same, non-zero number of rows');
  const d = X[0]!.length;
  const p = d + 1;
  if (n < p) throw new Error(`rank deficient: ${n} samples for ${p} parameters`);
  const Xb = X.map((row) => [1, ...row]);
  const { Q, R } = householderQR(Xb);
  // relative rank test: |R_kk| is the part of column k orthogonal to the previous columns
  for (let k = 0; k < p; k++) {
    const column = Xb.map((row) => row[k]!);
    if (R[k]![k]! <= 1e-9 * Math.max(norm2(column), 1e-300)) {
      throw new Error(`rank deficient: column ${k} of [1, X] is linearly dependent on the previous ones`);
    }
  }
  const qty = Array.from({ length: p }, (_, k) => Q.reduce((s, row, i) => s + row[k]! * y[i]!, 0));
  const theta = backSubstitute(R, qty);
  return { weights: theta.slice(1), bias: theta[0]! };
}
