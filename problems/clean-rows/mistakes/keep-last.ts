// expect: wrong_answer
// mistake: keeps the last copy of each duplicated row instead of the first
// caught-by: random 1
export function cleanRows(X: number[][]): number[] {
  if (X.some((r) => r.length !== X[0].length)) throw new Error('ragged rows');
  const last = new Map<string, number>();
  X.forEach((row, i) => {
    if (row.some((v) => Number.isNaN(v))) return;
    last.set(row.join('|'), i);
  });
  return [...last.values()].sort((a, b) => a - b);
}
