// expect: wrong_answer
// mistake: checks the training rows only, so a test row of the wrong width is predicted from undefined features
// caught-by: test rows of the wrong width throw
export function gradientBoostingStumps(X: number[][], y: number[], M: number, nu: number, Xtest: number[][]): { trainMse: number[]; predictions: number[] } {
  const n = X.length;
  if (!n) throw new Error('empty X');
  const d = X[0]!.length;
  for (const row of X) if (row.length !== d) throw new Error('ragged');
  if (y.length !== n) throw new Error('y length');
  if (!(Number.isInteger(M) && M >= 0)) throw new Error('bad M');
  if (!(nu > 0)) throw new Error('bad nu');
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  // candidate thresholds per feature (midpoints of sorted distinct values)
  const thresholds = Array.from({ length: d }, (_, j) => {
    const u = [...new Set(X.map((r) => r[j]!))].sort((a, b) => a - b);
    const t: number[] = [];
    for (let k = 0; k + 1 < u.length; k++) t.push((u[k]! + u[k + 1]!) / 2);
    return t;
  });
  const base = mean(y);
  const fit = new Array<number>(n).fill(base);
  const pred = Xtest.map(() => base);
  const trainMse: number[] = [];
  for (let m = 0; m < M; m++) {
    const res = y.map((v, i) => v - fit[i]!);
    const rm = mean(res);
    const s0 = res.reduce((a, v) => a + (v - rm) ** 2, 0);
    let bj = -1, bt = 0, ba = rm, bb = rm, bs = Infinity;
    for (let j = 0; j < d; j++) {
      for (const t of thresholds[j]!) {
        let nl = 0, sl = 0, sr = 0;
        for (let i = 0; i < n; i++) { if (X[i]![j]! <= t) { nl++; sl += res[i]!; } else sr += res[i]!; }
        const a = sl / nl, b = sr / (n - nl);
        let sse = 0;
        for (let i = 0; i < n; i++) { const e = res[i]! - (X[i]![j]! <= t ? a : b); sse += e * e; }
        if (bj < 0 || sse < bs - 1e-9 * s0) { bj = j; bt = t; ba = a; bb = b; bs = sse; }
      }
    }
    const h = (x: number[]) => (bj < 0 ? rm : x[bj]! <= bt ? ba : bb);
    for (let i = 0; i < n; i++) fit[i] = fit[i]! + nu * h(X[i]!);
    Xtest.forEach((x, i) => { pred[i] = pred[i]! + nu * h(x); });
    trainMse.push(y.reduce((a, v, i) => a + (v - fit[i]!) ** 2, 0) / n);
  }
  return { trainMse, predictions: pred };
}
