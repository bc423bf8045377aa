// Reference: plain float64 TypeScript with the reference kit's pivoted solve.
import { solve } from '../../grader/reference-kit/linalg.ts';

/** Ridge with an unpenalised intercept on the given rows: centre, solve (XcᵀXc + αI)w = Xcᵀyc, b = ȳ − x̄ᵀw. */
function fitRidge(X: number[][], y: number[], rows: number[], alpha: number): { w: number[]; b: number } {
  const d = X[0]!.length;
  const m = rows.length;
  const xMean = new Array<number>(d).fill(0);
  let yMean = 0;
  for (const i of rows) {
    for (let j = 0; j < d; j++) xMean[j]! += X[i]![j]! / m;
    yMean += y[i]! / m;
  }
  const A = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  const rhs = new Array<number>(d).fill(0);
  for (const i of rows) {
    const xc = X[i]!.map((v, j) => v - xMean[j]!);
    const yc = y[i]! - yMean;
    for (let p = 0; p < d; p++) {
      rhs[p]! += xc[p]! * yc;
      for (let q = 0; q < d; q++) A[p]![q]! += xc[p]! * xc[q]!;
    }
  }
  for (let p = 0; p < d; p++) A[p]![p]! += alpha;
  const w = solve(A, rhs); // throws when α = 0 and the centred training matrix is rank-deficient
  return { w, b: yMean - w.reduce((s, wj, j) => s + wj * xMean[j]!, 0) };
}

function r2(yTrue: number[], yPred: number[]): number {
  const mean = yTrue.reduce((a, b) => a + b, 0) / yTrue.length;
  let ssRes = 0, ssTot = 0;
  yTrue.forEach((v, i) => {
    ssRes += (v - yPred[i]!) ** 2;
    ssTot += (v - mean) ** 2;
  });
  if (ssTot === 0) return ssRes === 0 ? 1 : 0;
  return 1 - ssRes / ssTot;
}

export function crossValScore(X: number[][], y: number[], folds: number[][], alpha: number): [number[], number, number] {
  const n = X.length;
  if (n === 0 || y.length !== n) throw new Error('X and y need the same, non-zero number of rows');
  const d = X[0]!.length;
  if (d === 0 || X.some((row) => row.length !== d || row.some((v) => !Number.isFinite(v)))) throw new Error('X must be a finite matrix with at least one column');
  if (y.some((v) => !Number.isFinite(v))) throw new Error('y must be finite');
  if (!(alpha >= 0) || !Number.isFinite(alpha)) throw new Error('alpha must be a finite number ≥ 0');
  if (folds.length === 0) throw new Error('at least one fold is needed');
  const scores = folds.map((fold, f) => {
    const inFold = new Array<boolean>(n).fill(false);
    for (const i of fold) {
      if (!Number.isInteger(i) || i < 0 || i >= n || inFold[i]) throw new Error(`fold ${f} must hold distinct row indices`);
      inFold[i] = true;
    }
    const train = inFold.flatMap((t, i) => (t ? [] : [i]));
    if (fold.length === 0 || train.length === 0) throw new Error(`fold ${f} must leave non-empty test and training sets`);
    const { w, b } = fitRidge(X, y, train, alpha);
    const pred = fold.map((i) => b + X[i]!.reduce((s, v, j) => s + v * w[j]!, 0));
    return r2(fold.map((i) => y[i]!), pred);
  });
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  const variance = scores.reduce((s, v) => s + (v - mean) ** 2, 0) / scores.length;
  return [scores, mean, 2 * Math.sqrt(variance)];
}
