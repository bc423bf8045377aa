/** RFE: standardise once, then repeatedly fit OLS with an intercept (ridge 1e-10) and drop the smallest |coefficient|. */
import { solve } from '../../grader/reference-kit/linalg.ts';

export const RIDGE = 1e-10;

export function standardize(X: number[][]): number[][] {
  const n = X.length;
  const d = X[0]!.length;
  const cols = Array.from({ length: d }, (_, j) => {
    const mean = X.reduce((s, r) => s + r[j]!, 0) / n;
    const sd = Math.sqrt(X.reduce((s, r) => s + (r[j]! - mean) ** 2, 0) / n);
    return { mean, scale: sd > 0 ? sd : 1 };
  });
  return X.map((r) => r.map((v, j) => (v - cols[j]!.mean) / cols[j]!.scale));
}

/** Coefficients (without the intercept) of y on the columns S of Z, intercept unpenalised, ridge RIDGE on the rest. */
export function coefficients(Z: number[][], y: number[], S: number[]): number[] {
  const n = Z.length;
  const ybar = y.reduce((a, b) => a + b, 0) / n;
  const means = S.map((j) => Z.reduce((s, r) => s + r[j]!, 0) / n);
  const C = Z.map((r) => S.map((j, a) => r[j]! - means[a]!));
  const G = S.map((_, a) => S.map((_, b) => C.reduce((s, r) => s + r[a]! * r[b]!, 0) + (a === b ? RIDGE : 0)));
  const rhs = S.map((_, a) => C.reduce((s, r, i) => s + r[a]! * (y[i]! - ybar), 0));
  return solve(G, rhs, 0);
}

export function rfe(X: number[][], y: number[], keep: number): { kept: number[]; eliminationOrder: number[] } {
  const n = X.length;
  const d = n > 0 ? X[0]!.length : 0;
  if (n < 2 || d === 0 || X.some((r) => r.length !== d || !r.every(Number.isFinite))) throw new Error('X must be a finite matrix with at least two rows');
  if (y.length !== n || !y.every(Number.isFinite)) throw new Error('y needs one finite value per row');
  if (!Number.isInteger(keep) || keep < 1 || keep > d) throw new Error('keep must be an integer between 1 and the number of columns');
  const Z = standardize(X);
  const S = Array.from({ length: d }, (_, j) => j);
  const eliminationOrder: number[] = [];
  while (S.length > keep) {
    const beta = coefficients(Z, y, S);
    let worst = 0;
    for (let a = 1; a < S.length; a++) if (Math.abs(beta[a]!) < Math.abs(beta[worst]!)) worst = a;
    eliminationOrder.push(S[worst]!);
    S.splice(worst, 1);
  }
  return { kept: S, eliminationOrder };
}
