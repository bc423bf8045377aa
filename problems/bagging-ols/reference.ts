// Reference: float64 normal equations solved with the kit's LU (partial pivoting; throws when singular).
import { solve } from '../../grader/reference-kit/linalg.ts';

type Result = { predictions: number[]; oobPredictions: number[]; oobMse: number };

/** OLS with intercept on the given rows (duplicates count): [b0, b1, …]. */
export function olsOnRows(X: number[][], y: number[], rows: number[]): number[] {
  const p = X[0]!.length + 1;
  const A = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const b = new Array<number>(p).fill(0);
  for (const i of rows) {
    const z = [1, ...X[i]!];
    for (let j = 0; j < p; j++) {
      b[j]! += z[j]! * y[i]!;
      for (let k = 0; k < p; k++) A[j]![k]! += z[j]! * z[k]!;
    }
  }
  return solve(A, b);
}

const predict = (beta: number[], x: number[]): number => x.reduce((s, v, j) => s + beta[j + 1]! * v, beta[0]!);

export function baggingOls(X: number[][], y: number[], bootstraps: number[][], Xtest: number[][]): Result {
  const n = X.length;
  if (n === 0) throw new Error('X is empty');
  const d = X[0]!.length;
  if (X.some((r) => r.length !== d) || Xtest.some((r) => r.length !== d)) throw new Error('rows must have the same width');
  if (y.length !== n) throw new Error('y must have one target per row');
  if (bootstraps.length === 0) throw new Error('at least one bootstrap sample is needed');
  if (bootstraps.some((b) => b.length === 0 || b.some((i) => !Number.isInteger(i) || i < 0 || i >= n))) throw new Error('bootstrap samples must be non-empty lists of row indices');
  const models = bootstraps.map((rows) => olsOnRows(X, y, rows));
  const B = models.length;
  const predictions = Xtest.map((x) => models.reduce((s, beta) => s + predict(beta, x), 0) / B);
  const inBag = bootstraps.map((rows) => new Set(rows));
  const oobPredictions = X.map((x, i) => {
    let s = 0, c = 0;
    models.forEach((beta, b) => { if (!inBag[b]!.has(i)) { s += predict(beta, x); c++; } });
    return c === 0 ? Number.NaN : s / c;
  });
  let se = 0, cnt = 0;
  oobPredictions.forEach((p, i) => { if (!Number.isNaN(p)) { se += (p - y[i]!) ** 2; cnt++; } });
  return { predictions, oobPredictions, oobMse: cnt === 0 ? Number.NaN : se / cnt };
}
