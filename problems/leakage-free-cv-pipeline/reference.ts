/** Per-fold validation MSE of mean-impute → standard-scale → ridge, every statistic fitted on the fold's training rows only. */
import { solve } from '../../grader/reference-kit/linalg.ts';

export function pipelineCV(X: number[][], y: number[], folds: number[][], alpha: number): number[] {
  const n = X.length;
  const d = n > 0 ? X[0]!.length : 0;
  if (n === 0 || d === 0 || X.some((r) => r.length !== d || r.some((v) => !Number.isNaN(v) && !Number.isFinite(v)))) throw new Error('X must be a non-empty matrix of finite values or NaN');
  if (y.length !== n || !y.every(Number.isFinite)) throw new Error('y needs one finite value per row');
  if (!(alpha >= 0) || !Number.isFinite(alpha)) throw new Error('alpha must be a finite number ≥ 0');
  if (folds.length === 0) throw new Error('there must be at least one fold');
  return folds.map((fold) => {
    if (fold.length === 0 || new Set(fold).size !== fold.length || !fold.every((i) => Number.isInteger(i) && i >= 0 && i < n)) throw new Error('a fold must be a non-empty list of distinct row indices');
    const inFold = new Set(fold);
    const train = X.map((_, i) => i).filter((i) => !inFold.has(i));
    if (train.length === 0) throw new Error('a fold leaves no training rows');
    // 1. mean imputation fitted on the training rows
    const fill = Array.from({ length: d }, (_, j) => {
      const seen = train.map((i) => X[i]![j]!).filter((v) => !Number.isNaN(v));
      if (seen.length === 0) throw new Error(`column ${j} has no observed value in a training split`);
      return seen.reduce((a, b) => a + b, 0) / seen.length;
    });
    const impute = (row: number[]) => row.map((v, j) => (Number.isNaN(v) ? fill[j]! : v));
    const Xtr = train.map((i) => impute(X[i]!));
    // 2. standard scaler fitted on the imputed training rows (population std, constant column → scale 1)
    const mean = fill.map((_, j) => Xtr.reduce((s, r) => s + r[j]!, 0) / Xtr.length);
    const scale = mean.map((m, j) => Math.sqrt(Xtr.reduce((s, r) => s + (r[j]! - m) ** 2, 0) / Xtr.length) || 1);
    const transform = (row: number[]) => row.map((v, j) => (v - mean[j]!) / scale[j]!);
    const Ztr = Xtr.map(transform);
    // 3. ridge with an unpenalised intercept, by centring
    const ytr = train.map((i) => y[i]!);
    const ybar = ytr.reduce((a, b) => a + b, 0) / ytr.length;
    const zbar = mean.map((_, j) => Ztr.reduce((s, r) => s + r[j]!, 0) / Ztr.length);
    const G = zbar.map((_, a) => zbar.map((_, b) => Ztr.reduce((s, r) => s + (r[a]! - zbar[a]!) * (r[b]! - zbar[b]!), 0) + (a === b ? alpha : 0)));
    const rhs = zbar.map((_, a) => Ztr.reduce((s, r, k) => s + (r[a]! - zbar[a]!) * (ytr[k]! - ybar), 0));
    const w = solve(G, rhs);
    const b = ybar - zbar.reduce((s, v, j) => s + v * w[j]!, 0);
    // 4. validation MSE
    return fold.reduce((s, i) => {
      const z = transform(impute(X[i]!));
      return s + (y[i]! - (b + z.reduce((t, v, j) => t + v * w[j]!, 0))) ** 2;
    }, 0) / fold.length;
  });
}
