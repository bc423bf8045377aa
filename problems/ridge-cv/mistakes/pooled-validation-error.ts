// expect: wrong_answer
// mistake: pools the validation errors of all rows instead of averaging the per-fold MSEs, which weights big folds more
// caught-by: folds of different sizes
export function ridgeCV(X: number[][], y: number[], alphas: number[], folds: number[]): { trainMse: number[]; valMse: number[]; bestIndex: number } {
  const n = X.length;
  if (n === 0 || y.length !== n || folds.length !== n) throw new Error('shape mismatch');
  const d = X[0]!.length;
  if (d === 0 || X.some((r) => r.length !== d)) throw new Error('ragged X');
  if (alphas.length === 0 || alphas.some((a) => !(a >= 0) || a === Infinity)) throw new Error('bad alphas');
  if (folds.some((f) => !Number.isInteger(f) || f < 0)) throw new Error('bad fold id');
  const K = Math.max(...folds) + 1;
  if (K < 2) throw new Error('need two folds');
  for (let k = 0; k < K; k++) if (!folds.includes(k)) throw new Error(`fold ${k} is empty`);

  const fit = (rows: number[], alpha: number) => {
    const m = rows.length;
    const xm = new Array<number>(d).fill(0);
    let ym = 0;
    for (const i of rows) {
      ym += y[i]! / m;
      for (let j = 0; j < d; j++) xm[j] += X[i]![j]! / m;
    }
    // normal equations [Xc^T Xc + alpha I | Xc^T yc], solved by Gaussian elimination
    const A = Array.from({ length: d }, () => new Array<number>(d + 1).fill(0));
    for (const i of rows) {
      const xc = X[i]!.map((v, j) => v - xm[j]!);
      const yc = y[i]! - ym;
      for (let a = 0; a < d; a++) {
        for (let c = 0; c < d; c++) A[a]![c] += xc[a]! * xc[c]!;
        A[a]![d] += xc[a]! * yc;
      }
    }
    for (let a = 0; a < d; a++) A[a]![a] += alpha;
    const scale = Math.max(...A.map((r, a) => Math.abs(r[a]!)));
    for (let k = 0; k < d; k++) {
      let p = k;
      for (let i = k + 1; i < d; i++) if (Math.abs(A[i]![k]!) > Math.abs(A[p]![k]!)) p = i;
      [A[k], A[p]] = [A[p]!, A[k]!];
      if (!(Math.abs(A[k]![k]!) > 1e-10 * scale)) throw new Error('singular: alpha = 0 with dependent features');
      for (let i = k + 1; i < d; i++) {
        const f = A[i]![k]! / A[k]![k]!;
        for (let c = k; c <= d; c++) A[i]![c] -= f * A[k]![c]!;
      }
    }
    const w = new Array<number>(d).fill(0);
    for (let a = d - 1; a >= 0; a--) {
      let s = A[a]![d]!;
      for (let c = a + 1; c < d; c++) s -= A[a]![c]! * w[c]!;
      w[a] = s / A[a]![a]!;
    }
    const b = ym - xm.reduce((s, v, j) => s + v * w[j]!, 0);
    return (i: number) => X[i]!.reduce((s, v, j) => s + v * w[j]!, b);
  };
  const mse = (rows: number[], predict: (i: number) => number) => rows.reduce((s, i) => s + (predict(i) - y[i]!) ** 2, 0) / rows.length;

  const trainMse: number[] = [];
  const valMse: number[] = [];
  for (const alpha of alphas) {
    let tr = 0, va = 0;
    for (let k = 0; k < K; k++) {
      const train: number[] = [], val: number[] = [];
      folds.forEach((f, i) => (f === k ? val : train).push(i));
      const predict = fit(train, alpha);
      tr += mse(train, predict);
      va += (mse(val, predict) * val.length * K) / n;
    }
    trainMse.push(tr / K);
    valMse.push(va / K);
  }
  let bestIndex = 0;
  valMse.forEach((v, i) => { if (v < valMse[bestIndex]!) bestIndex = i; });
  return { trainMse, valMse, bestIndex };
}
