// expect: wrong_answer
// mistake: normalises the spread by d_max instead of d_min, so the contrast never exceeds 1
// caught-by: random 2
export function relativeContrast(X: number[][], query: number[]): { contrast: number; minOverMax: number } {
  if (X.length === 0 || query.length === 0 || X.some((r) => r.length !== query.length)) throw new Error('bad input');
  const d = X.map((row) => Math.sqrt(row.reduce((s, v, j) => s + (v - query[j]) ** 2, 0)));
  const dMin = Math.min(...d), dMax = Math.max(...d);
  if (dMax === 0) throw new Error('degenerate');
  return { contrast: (dMax - dMin) / dMax, minOverMax: dMin / dMax };
}
