// expect: wrong_answer
// mistake: pads every row to maxLen (padding='max_length') instead of to the longest row of the batch
// caught-by: a batch of one needs no padding
export function encodeBatch(ids: number[][], maxLen: number, clsId: number, sepId: number, padId: number): { inputIds: number[][]; attentionMask: number[][]; tokenTypeIds: number[][] } {
  if (!Number.isInteger(maxLen) || maxLen < 2) throw new Error('maxLen must be ≥ 2');
  if (ids.some((row) => row.some((v) => !Number.isInteger(v) || v < 0))) throw new Error('bad token id');
  // [CLS] and [SEP] take two of the maxLen slots, so keep at most maxLen − 2 real tokens
  const rows = ids.map((row) => [clsId, ...row.slice(0, maxLen - 2), sepId]);
  const width = maxLen;
  const inputIds: number[][] = [], attentionMask: number[][] = [], tokenTypeIds: number[][] = [];
  for (const r of rows) {
    const pad = width - r.length;
    inputIds.push(r.concat(new Array(pad).fill(padId)));
    attentionMask.push(new Array(r.length).fill(1).concat(new Array(pad).fill(0)));
    tokenTypeIds.push(new Array(width).fill(0));
  }
  return { inputIds, attentionMask, tokenTypeIds };
}
