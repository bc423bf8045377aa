export function cleanRows(X: number[][]): number[] {
  const width = X.length > 0 ? X[0].length : 0;
  const seen = new Set<string>();
  const out: number[] = [];
  for (let i = 0; i < X.length; i++) {
    const row = X[i];
    if (row.length !== width) throw new Error('ragged rows');
    if (row.some((v) => Number.isNaN(v))) continue;
    const key = row.join('|'); // String(-0) is "0", so 0 and −0 share a key
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(i);
  }
  return out;
}
