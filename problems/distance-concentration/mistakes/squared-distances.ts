// expect: wrong_answer
// mistake: compares squared distances (skips the square root), which inflates the contrast
// caught-by: random 1
export function relativeContrast(X: number[][], query: number[]): { contrast: number; minOverMax: number } {
  if (X.length === 0 || query.length === 0 || X.some((r) => r.length !== query.length)) throw new Error('bad input');
  const d = X.map((row) => row.reduce((s, v, j) => s + (v - query[j]) ** 2, 0));
  const dMin = Math.min(...d), dMax = Math.max(...d);
  if (dMax === 0) throw new Error('degenerate');
  return { contrast: dMin === 0 ? Infinity : (dMax - dMin) / dMin, minOverMax: dMin / dMax };
}
