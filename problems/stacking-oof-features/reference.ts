// Reference: float64 ridge through centred normal equations solved with the kit's LU (throws when singular).
import { solve } from '../../grader/reference-kit/linalg.ts';

type Result = { oof: number[][]; metaWeights: number[]; metaIntercept: number; testPredictions: number[] };

/** Ridge with an unpenalised intercept on the given rows: minimises Σ(y − b − x·w)² + α‖w‖². Returns [b, w]. */
export function ridgeFit(X: number[][], y: number[], rows: number[], alpha: number): [number, number[]] {
  const d = X[0]!.length;
  const m = rows.length;
  const mx = new Array<number>(d).fill(0);
  let my = 0;
  for (const i of rows) { X[i]!.forEach((v, j) => { mx[j]! += v / m; }); my += y[i]! / m; }
  const A = Array.from({ length: d }, (_, j) => Array.from({ length: d }, (_, k) => (j === k ? alpha : 0)));
  const rhs = new Array<number>(d).fill(0);
  for (const i of rows) {
    const c = X[i]!.map((v, j) => v - mx[j]!);
    for (let j = 0; j < d; j++) {
      rhs[j]! += c[j]! * (y[i]! - my);
      for (let k = 0; k < d; k++) A[j]![k]! += c[j]! * c[k]!;
    }
  }
  const w = solve(A, rhs);
  return [my - w.reduce((s, v, j) => s + v * mx[j]!, 0), w];
}

const predict = ([b, w]: [number, number[]], x: number[]): number => x.reduce((s, v, j) => s + w[j]! * v, b);

export function stacking(X: number[][], y: number[], alphas: number[], folds: number[][], Xtest: number[][], metaRidge: number): Result {
  const n = X.length;
  if (n === 0) throw new Error('X is empty');
  const d = X[0]!.length;
  if (d === 0) throw new Error('X has no features');
  if (X.some((r) => r.length !== d) || Xtest.some((r) => r.length !== d)) throw new Error('rows must have the same width');
  if (y.length !== n) throw new Error('y must have one target per row');
  if (alphas.length === 0 || alphas.some((a) => !(a >= 0) || !Number.isFinite(a))) throw new Error('alphas must be a non-empty list of values >= 0');
  if (!(metaRidge >= 0) || !Number.isFinite(metaRidge)) throw new Error('metaRidge must be >= 0');
  if (folds.length < 2) throw new Error('at least two folds are needed');
  const seen = new Array<number>(n).fill(0);
  for (const f of folds) {
    if (f.length === 0) throw new Error('a fold is empty');
    for (const i of f) { if (!Number.isInteger(i) || i < 0 || i >= n) throw new Error('fold index out of range'); seen[i]!++; }
  }
  if (seen.some((c) => c !== 1)) throw new Error('the folds must partition the rows');
  const oof = Array.from({ length: n }, () => new Array<number>(alphas.length).fill(0));
  for (const fold of folds) {
    const inFold = new Set(fold);
    const train = X.map((_, i) => i).filter((i) => !inFold.has(i));
    alphas.forEach((a, b) => {
      const model = ridgeFit(X, y, train, a);
      for (const i of fold) oof[i]![b] = predict(model, X[i]!);
    });
  }
  const all = X.map((_, i) => i);
  const [metaIntercept, metaWeights] = ridgeFit(oof, y, all, metaRidge);
  const full = alphas.map((a) => ridgeFit(X, y, all, a));
  const testPredictions = Xtest.map((x) => predict([metaIntercept, metaWeights], full.map((m) => predict(m, x))));
  return { oof, metaWeights, metaIntercept, testPredictions };
}
