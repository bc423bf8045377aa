// expect: wrong_answer
// mistake: adds a column of ones and penalises it like the other weights, shrinking the intercept too
// caught-by: random 5
function solve(A: number[][], b: number[]): number[] {
  const n = A.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  let scale = 0;
  for (const row of A) for (const v of row) scale = Math.max(scale, Math.abs(v));
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(M[i]![k]!) > Math.abs(M[p]![k]!)) p = i;
    [M[k], M[p]] = [M[p]!, M[k]!];
    if (Math.abs(M[k]![k]!) <= n * Number.EPSILON * scale) throw new Error('singular system');
    for (let i = k + 1; i < n; i++) {
      const f = M[i]![k]! / M[k]![k]!;
      for (let j = k; j <= n; j++) M[i]![j] = M[i]![j]! - f * M[k]![j]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = M[i]![n]!;
    for (let j = i + 1; j < n; j++) s -= M[i]![j]! * x[j]!;
    x[i] = s / M[i]![i]!;
  }
  return x;
}

/** Ridge on [1, x]: solve ([1 X]ᵀ[1 X] + αI) θ = [1 X]ᵀy. */
function ridge(X: number[][], y: number[], rows: number[], alpha: number): { b: number; w: number[] } {
  const p = X[0]!.length + 1;
  const A = Array.from({ length: p }, (_, j) => Array.from({ length: p }, (_, k) => (j === k ? alpha : 0)));
  const r = new Array<number>(p).fill(0);
  for (const i of rows) {
    const z = [1, ...X[i]!];
    for (let j = 0; j < p; j++) {
      r[j] = r[j]! + z[j]! * y[i]!;
      for (let k = 0; k < p; k++) A[j]![k] = A[j]![k]! + z[j]! * z[k]!;
    }
  }
  const theta = solve(A, r);
  return { b: theta[0]!, w: theta.slice(1) };
}

function predict(m: { b: number; w: number[] }, x: number[]): number {
  let s = m.b;
  for (let j = 0; j < x.length; j++) s += m.w[j]! * x[j]!;
  return s;
}

export function stacking(
  X: number[][], y: number[], alphas: number[], folds: number[][], Xtest: number[][], metaRidge: number,
): { oof: number[][]; metaWeights: number[]; metaIntercept: number; testPredictions: number[] } {
  const n = X.length;
  if (n === 0) throw new Error('empty X');
  const d = X[0]!.length;
  if (d === 0) throw new Error('no features');
  for (const row of [...X, ...Xtest]) if (row.length !== d) throw new Error('ragged rows');
  if (y.length !== n) throw new Error('y length');
  if (alphas.length === 0) throw new Error('no base models');
  for (const a of alphas) if (!(a >= 0) || !Number.isFinite(a)) throw new Error('bad alpha');
  if (!(metaRidge >= 0) || !Number.isFinite(metaRidge)) throw new Error('bad metaRidge');
  if (folds.length < 2) throw new Error('need two folds');
  const owner = new Array<number>(n).fill(-1);
  folds.forEach((fold, k) => {
    if (fold.length === 0) throw new Error('empty fold');
    for (const i of fold) {
      if (!Number.isInteger(i) || i < 0 || i >= n || owner[i] !== -1) throw new Error('folds must partition the rows');
      owner[i] = k;
    }
  });
  if (owner.includes(-1)) throw new Error('folds must partition the rows');

  // out-of-fold meta-features: each row is predicted by models that never saw it
  const oof = Array.from({ length: n }, () => new Array<number>(alphas.length).fill(0));
  folds.forEach((fold, k) => {
    const train: number[] = [];
    for (let i = 0; i < n; i++) if (owner[i] !== k) train.push(i);
    alphas.forEach((a, b) => {
      const m = ridge(X, y, train, a);
      for (const i of fold) oof[i]![b] = predict(m, X[i]!);
    });
  });
  const all = Array.from({ length: n }, (_, i) => i);
  const meta = ridge(oof, y, all, metaRidge);
  const full = alphas.map((a) => ridge(X, y, all, a));
  const testPredictions = Xtest.map((x) => predict(meta, full.map((m) => predict(m, x))));
  return { oof, metaWeights: meta.w, metaIntercept: meta.b, testPredictions };
}
