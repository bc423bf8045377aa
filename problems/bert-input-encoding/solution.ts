export function encodeBatch(ids: number[][], maxLen: number, clsId: number, sepId: number, padId: number): { inputIds: number[][]; attentionMask: number[][]; tokenTypeIds: number[][] } {
  if (!Number.isInteger(maxLen) || maxLen < 2) throw new Error('maxLen must be ≥ 2');
  if (ids.some((row) => row.some((v) => !Number.isInteger(v) || v < 0))) throw new Error('bad token id');
  // [CLS] and [SEP] take two of the maxLen slots, so keep at most maxLen − 2 real tokens
  const rows = ids.map((row) => [clsId, ...row.slice(0, maxLen - 2), sepId]);
  let width = 0;
  for (const r of rows) width = Math.max(width, r.length); // padding=True: pad to the longest in the batch
  const inputIds: number[][] = [], attentionMask: number[][] = [], tokenTypeIds: number[][] = [];
  for (const r of rows) {
    const pad = width - r.length;
    inputIds.push(r.concat(new Array(pad).fill(padId)));
    attentionMask.push(new Array(r.length).fill(1).concat(new Array(pad).fill(0)));
    tokenTypeIds.push(new Array(width).fill(0));
  }
  return { inputIds, attentionMask, tokenTypeIds };
}
