// expect: wrong_answer
// mistake: deterministic "farthest from existing centroids" (farthest-first traversal) instead of D² sampling
// caught-by: u close to one
export function kmeansPlusPlus(X: number[][], k: number, u: number[]): number[] {
  const n = X.length;
  if (!(Number.isInteger(k) && k >= 1 && k <= n) || u.length < k) throw new Error('bad args');
  const d2 = (a: number[], b: number[]) => a.reduce((s, v, j) => s + (v - b[j]!) ** 2, 0);
  const chosen = [Math.floor(u[0]! * n)];
  const best = X.map((x) => d2(x, X[chosen[0]!]!));
  while (chosen.length < k) {
    let arg = 0;
    for (let i = 1; i < n; i++) if (best[i]! > best[arg]!) arg = i;
    if (best[arg] === 0) { arg = 0; while (chosen.includes(arg)) arg++; }
    chosen.push(arg);
    X.forEach((x, i) => { best[i] = Math.min(best[i]!, d2(x, X[arg]!)); });
  }
  return chosen;
}
