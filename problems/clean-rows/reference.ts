/** Indices kept after dropping rows with a NaN, then later duplicates of a kept row (0 and −0 equal, ±Infinity ordinary values). */
export function cleanRows(X: number[][]): number[] {
  if (X.some((row) => row.length !== X[0]!.length)) throw new Error('every row must have the same length');
  const seen = new Set<string>();
  const kept: number[] = [];
  X.forEach((row, i) => {
    if (row.some(Number.isNaN)) return;
    const key = row.map((v) => (v === 0 ? '0' : String(v))).join(',');
    if (seen.has(key)) return;
    seen.add(key);
    kept.push(i);
  });
  return kept;
}
