// expect: wrong_answer
// mistake: appends a column of ones and solves (XᵀX + αI)θ = Xᵀy without centring, so the intercept is shrunk too
// caught-by: a large intercept
// Ridge with an unpenalised intercept: centre the training rows, solve (XcᵀXc + αI)w = Xcᵀyc by Gaussian elimination.


function ridgeFit(X: number[][], y: number[], rows: number[], alpha: number): { w: number[]; b: number } {
  const p = X[0]!.length, m = rows.length;
  const xm = new Array<number>(p + 1).fill(0);
  const ym = 0;
  void m;
  const A = Array.from({ length: p + 1 }, (_, a) => Array.from({ length: p + 1 }, (_, b) => (a === b ? alpha : 0)));
  const c = new Array<number>(p + 1).fill(0);
  for (const r of rows) {
    const d = [...X[r]!, 1].map((v, j) => v - xm[j]!);
    const dy = y[r]! - ym;
    for (let a = 0; a <= p; a++) { c[a]! += d[a]! * dy; for (let b = 0; b <= p; b++) A[a]![b]! += d[a]! * d[b]!; }
  }
  const theta = solve(A, c);
  return { w: theta.slice(0, p), b: theta[p]! };
}

function mse(X: number[][], y: number[], rows: number[], f: { w: number[]; b: number }): number {
  let s = 0;
  for (const r of rows) { const e = f.w.reduce((acc, v, j) => acc + v * X[r]![j]!, f.b) - y[r]!; s += e * e; }
  return s / rows.length;
}

function meanStd(v: number[]): number[] {
  const mean = v.reduce((s, x) => s + x, 0) / v.length;
  return [mean, Math.sqrt(v.reduce((s, x) => s + (x - mean) ** 2, 0) / v.length)];
}

export function learningCurve(X: number[][], y: number[], folds: number[][], fracs: number[], alpha: number): [number[], number[][], number[][]] {
  const n = X.length;
  if (n === 0 || y.length !== n) throw new Error('X and y need the same, non-zero number of rows');
  const p = X[0]!.length;
  if (p === 0 || X.some((r) => r.length !== p || r.some((v) => !Number.isFinite(v))) || y.some((v) => !Number.isFinite(v))) throw new Error('X must be a finite matrix with p ≥ 1 columns and y finite');
  if (!(alpha > 0) || !Number.isFinite(alpha)) throw new Error('alpha must be finite and > 0');
  if (fracs.length === 0 || fracs.some((f) => !(f > 0 && f <= 1))) throw new Error('fractions must lie in (0, 1]');
  if (folds.length === 0) throw new Error('need at least one fold');
  const trains = folds.map((fold) => {
    const inFold = new Uint8Array(n);
    for (const i of fold) {
      if (!Number.isInteger(i) || i < 0 || i >= n || inFold[i]) throw new Error('fold indices must be distinct row indices');
      inFold[i] = 1;
    }
    if (fold.length === 0 || fold.length === n) throw new Error('every fold needs validation and training rows');
    const train: number[] = [];
    for (let i = 0; i < n; i++) if (!inFold[i]) train.push(i);
    return train;
  });
  const nTr = trains[0]!.length;
  const sizes = [...new Set(fracs.map((f) => Math.min(nTr, Math.max(1, Math.floor(f * nTr)))))].sort((a, b) => a - b);
  const trainStats: number[][] = [], valStats: number[][] = [];
  for (const m of sizes) {
    const tr: number[] = [], va: number[] = [];
    folds.forEach((fold, k) => {
      const rows = trains[k]!.slice(0, m);
      const fit = ridgeFit(X, y, rows, alpha);
      tr.push(mse(X, y, rows, fit));
      va.push(mse(X, y, fold, fit));
    });
    trainStats.push(meanStd(tr));
    valStats.push(meanStd(va));
  }
  return [sizes, trainStats, valStats];
}

function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[piv]![c]!)) piv = r;
    [M[c], M[piv]] = [M[piv]!, M[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = M[r]![c]! / M[c]![c]!;
      for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= M[r]![k]! * x[k]!;
    x[r] = s / M[r]![r]!;
  }
  return x;
}
