// expect: wrong_answer
// mistake: takes the dimension from the first row and never checks the others, so ragged rows give NaN distances instead of an error
// caught-by: rows of different lengths throw
export function kmeansPlusPlus(X: number[][], k: number, u: number[]): number[] {
  const n = X.length;
  if (!(Number.isInteger(k) && k >= 1 && k <= n)) throw new Error('bad k');
  if (u.length < k) throw new Error('not enough uniforms');
  const dim = X[0]!.length;
  for (let t = 0; t < k; t++) if (u[t]! < 0 || u[t]! >= 1 || Number.isNaN(u[t]!)) throw new Error('uniform out of range');
  const dist2 = (i: number, j: number) => {
    let s = 0;
    for (let c = 0; c < dim; c++) { const diff = X[i]![c]! - X[j]![c]!; s += diff * diff; }
    return s;
  };
  const chosen: number[] = [Math.floor(u[0]! * n)];
  const best = new Array<number>(n);
  for (let i = 0; i < n; i++) best[i] = dist2(i, chosen[0]!);
  while (chosen.length < k) {
    let total = 0;
    for (const v of best) total += v;
    let next: number;
    if (total === 0) {
      next = 0;
      while (chosen.includes(next)) next++;
    } else {
      const threshold = u[chosen.length]! * total;
      let acc = 0;
      next = n - 1;
      for (let i = 0; i < n; i++) {
        acc += best[i]!;
        if (acc > threshold) { next = i; break; }
      }
    }
    chosen.push(next);
    for (let i = 0; i < n; i++) best[i] = Math.min(best[i]!, dist2(i, next));
  }
  return chosen;
}
