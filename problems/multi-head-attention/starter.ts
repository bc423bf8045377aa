export function multiHeadAttention(
  q: number[][],
  k: number[][],
  v: number[][],
  Wq: number[][],
  bq: number[],
  Wk: number[][],
  bk: number[],
  Wv: number[][],
  bv: number[],
  Wo: number[][],
  bo: number[],
  numHeads: number,
  mask: number[][] | null,
): { output: number[][]; weights: number[][][] } {
  throw new Error('Not implemented');
}
