export function encodeBatch(ids: number[][], maxLen: number, clsId: number, sepId: number, padId: number): { inputIds: number[][]; attentionMask: number[][]; tokenTypeIds: number[][] } {
  // TODO: truncate, add [CLS]/[SEP], pad to the longest row, and build the masks
  return { inputIds: ids, attentionMask: [], tokenTypeIds: [] };
}
