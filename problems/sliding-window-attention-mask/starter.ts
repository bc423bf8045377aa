export function longformerMask(n: number, w: number, globalIdx: number[]): number[][] {
  // TODO: 1 where |i − j| ≤ w, or where the query or the key is a global token
  return Array.from({ length: n }, () => new Array(n).fill(0));
}
