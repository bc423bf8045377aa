// expect: wrong_answer
// mistake: skips neighbours at distance 0 (duplicates), taking the next distinct point instead
// caught-by: a duplicate point is a neighbour at distance 0
export function smote(minority: number[][], k: number, requests: number[][]): number[][] {
  const n = minority.length;
  if (n === 0) throw new Error('empty');
  const d = minority[0]!.length;
  if (d === 0) throw new Error('no features');
  for (const r of minority) { if (r.length !== d) throw new Error('width'); for (const v of r) if (!Number.isFinite(v)) throw new Error('non-finite'); }
  if (!Number.isInteger(k) || k < 1 || k >= n) throw new Error('bad k');
  const table = new Map<number, number[]>(); // neighbour lists, computed once per requested point
  const neighbours = (i: number): number[] => {
    if (!table.has(i)) {
      const cand: Array<[number, number]> = [];
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        if (minority[j]!.every((v, t) => v === minority[i]![t]!)) continue;
        let s = 0;
        for (let t = 0; t < d; t++) s += (minority[j]![t]! - minority[i]![t]!) ** 2;
        cand.push([s, j]);
      }
      cand.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      table.set(i, cand.slice(0, k).map((c) => c[1]));
    }
    return table.get(i)!;
  };
  return requests.map((req) => {
    if (req.length !== 3) throw new Error('bad request');
    const [i, r, g] = req as [number, number, number];
    if (!Number.isInteger(i) || i < 0 || i >= n) throw new Error('bad index');
    if (!Number.isInteger(r) || r < 1 || r > k) throw new Error('bad rank');
    if (!(g >= 0 && g < 1)) throw new Error('bad gap');
    const x = minority[i]!, z = minority[neighbours(i)[r - 1]!]!;
    return x.map((v, t) => v + g * (z[t]! - v));
  });
}
