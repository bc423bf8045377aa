// expect: wrong_answer
// mistake: fits every stump to y − mean(y) instead of the current residuals, so later rounds repeat the first stump
// caught-by: learning rate one
export function gradientBoostingStumps(X: number[][], y: number[], M: number, nu: number, Xtest: number[][]): { trainMse: number[]; predictions: number[] } {
  const n = X.length;
  if (!n || y.length !== n || !(Number.isInteger(M) && M >= 0) || !(nu > 0)) throw new Error('bad args');
  const d = X[0]!.length;
  for (const row of X.concat(Xtest)) if (row.length !== d) throw new Error('ragged');
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const fitStump = (res: number[]) => {
    const rm = mean(res), s0 = res.reduce((a, v) => a + (v - rm) ** 2, 0);
    let best = { j: -1, t: 0, a: rm, b: rm, sse: Infinity };
    for (let j = 0; j < d; j++) {
      const u = [...new Set(X.map((r) => r[j]!))].sort((p, q) => p - q);
      for (let k = 0; k + 1 < u.length; k++) {
        const t = (u[k]! + u[k + 1]!) / 2;
        const L = res.filter((_, i) => X[i]![j]! <= t), R = res.filter((_, i) => !(X[i]![j]! <= t));
        const a = mean(L), b = mean(R);
        const sse = L.reduce((s, v) => s + (v - a) ** 2, 0) + R.reduce((s, v) => s + (v - b) ** 2, 0);
        if (best.j < 0 || sse < best.sse - 1e-9 * s0) best = { j, t, a, b, sse };
      }
    }
    return best;
  };
  const f0 = mean(y);
  const F = new Array<number>(n).fill(f0), P = Xtest.map(() => f0);
  const trainMse: number[] = [];
  for (let m = 0; m < M; m++) {
    const s = fitStump(y.map((v) => v - f0));
    const h = (x: number[]) => (s.j < 0 ? s.a : x[s.j]! <= s.t ? s.a : s.b);
    X.forEach((x, i) => { F[i] = F[i]! + nu * h(x); });
    Xtest.forEach((x, i) => { P[i] = P[i]! + nu * h(x); });
    trainMse.push(y.reduce((a, v, i) => a + (v - F[i]!) ** 2, 0) / n);
  }
  return { trainMse, predictions: P };
}
