// expect: wrong_answer
// mistake: treats ±Infinity as missing (Number.isFinite) and drops those rows too
// caught-by: infinite values are not missing
export function cleanRows(X: number[][]): number[] {
  if (X.some((r) => r.length !== X[0].length)) throw new Error('ragged rows');
  const seen = new Set<string>();
  const out: number[] = [];
  X.forEach((row, i) => {
    if (!row.every(Number.isFinite)) return;
    const key = row.join('|');
    if (!seen.has(key)) { seen.add(key); out.push(i); }
  });
  return out;
}
