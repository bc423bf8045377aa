// expect: wrong_answer
// mistake: samples proportionally to D(x) instead of D(x)²
// caught-by: random 1
export function kmeansPlusPlus(X: number[][], k: number, u: number[]): number[] {
  const n = X.length;
  if (!(Number.isInteger(k) && k >= 1 && k <= n) || u.length < k) throw new Error('bad args');
  const dist = (a: number[], b: number[]) => Math.sqrt(a.reduce((s, v, j) => s + (v - b[j]!) ** 2, 0));
  const chosen = [Math.floor(u[0]! * n)];
  const best = X.map((x) => dist(x, X[chosen[0]!]!));
  while (chosen.length < k) {
    const W = best.reduce((a, b) => a + b, 0);
    let pick = -1;
    if (W === 0) { pick = 0; while (chosen.includes(pick)) pick++; } else {
      let S = 0;
      for (let i = 0; i < n && pick < 0; i++) { S += best[i]!; if (S > u[chosen.length]! * W) pick = i; }
    }
    chosen.push(pick);
    X.forEach((x, i) => { best[i] = Math.min(best[i]!, dist(x, X[pick]!)); });
  }
  return chosen;
}
