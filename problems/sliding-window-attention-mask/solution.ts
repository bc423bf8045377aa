export function longformerMask(n: number, w: number, globalIdx: number[]): number[][] {
  if (!Number.isInteger(n) || n < 0 || !Number.isInteger(w) || w < 0) throw new Error('bad n or w');
  const global = new Set<number>();
  for (const g of globalIdx) {
    if (!Number.isInteger(g) || g < 0 || g >= n) throw new Error('global index out of range');
    global.add(g);
  }
  const mask: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row = new Array(n).fill(0);
    if (global.has(i)) row.fill(1); // a global token attends everywhere
    else {
      for (let j = Math.max(0, i - w); j <= Math.min(n - 1, i + w); j++) row[j] = 1;
      for (const g of global) row[g] = 1; // and everyone attends to it
    }
    mask.push(row);
  }
  return mask;
}
