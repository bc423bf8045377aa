/** Plain TS: M[i][j] = 1 iff |i − j| ≤ w or i or j is a global token. */
export function longformerMask(n: number, w: number, globalIdx: number[]): number[][] {
  if (!Number.isInteger(n) || n < 0) throw new Error('n must be an integer ≥ 0');
  if (!Number.isInteger(w) || w < 0) throw new Error('w must be an integer ≥ 0');
  const isGlobal = new Array<boolean>(n).fill(false);
  for (const g of globalIdx) {
    if (!Number.isInteger(g) || g < 0 || g >= n) throw new Error(`global index ${g} is out of range`);
    isGlobal[g] = true;
  }
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (Math.abs(i - j) <= w || isGlobal[i] || isGlobal[j] ? 1 : 0)));
}
