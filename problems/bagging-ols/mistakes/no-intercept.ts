// expect: wrong_answer
// mistake: fits y ≈ x·b through the origin, without the intercept column
// caught-by: features far from zero
/** Solves A x = b by Gaussian elimination with partial pivoting; throws when A is (numerically) singular. */
function solve(A: number[][], b: number[]): number[] {
  const n = A.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  let scale = 0;
  for (const row of A) for (const v of row) scale = Math.max(scale, Math.abs(v));
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(M[i]![k]!) > Math.abs(M[p]![k]!)) p = i;
    [M[k], M[p]] = [M[p]!, M[k]!];
    if (Math.abs(M[k]![k]!) <= n * Number.EPSILON * scale) throw new Error('singular design');
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

export function baggingOls(
  X: number[][], y: number[], bootstraps: number[][], Xtest: number[][],
): { predictions: number[]; oobPredictions: number[]; oobMse: number } {
  const n = X.length;
  if (n === 0) throw new Error('empty X');
  const d = X[0]!.length;
  for (const row of [...X, ...Xtest]) if (row.length !== d) throw new Error('ragged rows');
  if (y.length !== n) throw new Error('y length');
  if (bootstraps.length === 0) throw new Error('no bootstrap samples');
  for (const rows of bootstraps) {
    if (rows.length === 0) throw new Error('empty bootstrap');
    for (const i of rows) if (!Number.isInteger(i) || i < 0 || i >= n) throw new Error('bad index');
  }
  const p = d; // no intercept column
  const models = bootstraps.map((rows) => {
    // normal equations of y ≈ b0 + x·b on the drawn rows, duplicates included
    const A = Array.from({ length: p }, () => new Array<number>(p).fill(0));
    const rhs = new Array<number>(p).fill(0);
    for (const i of rows) {
      const z = X[i]!;
      for (let j = 0; j < p; j++) {
        rhs[j] = rhs[j]! + z[j]! * y[i]!;
        for (let k = 0; k < p; k++) A[j]![k] = A[j]![k]! + z[j]! * z[k]!;
      }
    }
    return solve(A, rhs);
  });
  const f = (beta: number[], x: number[]) => { let s = 0; for (let j = 0; j < d; j++) s += beta[j]! * x[j]!; return s; };
  const predictions = Xtest.map((x) => models.reduce((s, beta) => s + f(beta, x), 0) / models.length);
  const oobPredictions = X.map((x, i) => {
    let s = 0, c = 0;
    for (let b = 0; b < models.length; b++) {
      if (bootstraps[b]!.includes(i)) continue; // model b saw row i
      s += f(models[b]!, x);
      c++;
    }
    return c === 0 ? NaN : s / c;
  });
  let se = 0, cnt = 0;
  for (let i = 0; i < n; i++) if (!Number.isNaN(oobPredictions[i]!)) { se += (oobPredictions[i]! - y[i]!) ** 2; cnt++; }
  return { predictions, oobPredictions, oobMse: cnt ? se / cnt : NaN };
}
