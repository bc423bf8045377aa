export function relativeContrast(X: number[][], query: number[]): { contrast: number; minOverMax: number } {
  if (X.length === 0 || query.length === 0) throw new Error('empty input');
  let dMin = Infinity;
  let dMax = 0;
  for (const row of X) {
    if (row.length !== query.length) throw new Error('dimension mismatch');
    let s = 0;
    for (let j = 0; j < row.length; j++) s += (row[j] - query[j]) ** 2;
    const d = Math.sqrt(s);
    dMin = Math.min(dMin, d);
    dMax = Math.max(dMax, d);
  }
  if (dMax === 0) throw new Error('every point equals the query');
  return { contrast: dMin === 0 ? Infinity : (dMax - dMin) / dMin, minOverMax: dMin / dMax };
}
