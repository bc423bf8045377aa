// expect: wrong_answer
// mistake: picks the first i with S_i >= u·W, so u = 0 (or a flat CDF step) can re-pick a point with D = 0
// caught-by: u equal to zero skips zero-mass points
export function kmeansPlusPlus(X: number[][], k: number, u: number[]): number[] {
  const n = X.length;
  if (!(Number.isInteger(k) && k >= 1 && k <= n) || u.length < k) throw new Error('bad args');
  const d2 = (a: number[], b: number[]) => a.reduce((s, v, j) => s + (v - b[j]!) ** 2, 0);
  const chosen = [Math.floor(u[0]! * n)];
  const best = X.map((x) => d2(x, X[chosen[0]!]!));
  while (chosen.length < k) {
    const W = best.reduce((a, b) => a + b, 0);
    let pick = -1;
    if (W === 0) { pick = 0; while (chosen.includes(pick)) pick++; } else {
      let S = 0;
      for (let i = 0; i < n && pick < 0; i++) { S += best[i]!; if (S >= u[chosen.length]! * W) pick = i; }
    }
    chosen.push(pick);
    X.forEach((x, i) => { best[i] = Math.min(best[i]!, d2(x, X[pick]!)); });
  }
  return chosen;
}
