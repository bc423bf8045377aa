/**
 * Plain TS BERT batch encoding: truncate each id list to maxLen − 2, wrap in [CLS] … [SEP], pad to the
 * longest encoded row of the batch, attention mask 1 for real tokens, token types all 0.
 */
export function encodeBatch(ids: number[][], maxLen: number, clsId: number, sepId: number, padId: number): { inputIds: number[][]; attentionMask: number[][]; tokenTypeIds: number[][] } {
  if (!Number.isInteger(maxLen) || maxLen < 2) throw new Error('maxLen must be an integer ≥ 2 (room for [CLS] and [SEP])');
  if ([clsId, sepId, padId].some((v) => !Number.isInteger(v) || v < 0)) throw new Error('special token ids must be integers ≥ 0');
  if (ids.some((row) => row.some((v) => !Number.isInteger(v) || v < 0))) throw new Error('token ids must be integers ≥ 0');
  const encoded = ids.map((row) => [clsId, ...row.slice(0, maxLen - 2), sepId]);
  const width = encoded.reduce((m, row) => Math.max(m, row.length), 0);
  return {
    inputIds: encoded.map((row) => [...row, ...new Array<number>(width - row.length).fill(padId)]),
    attentionMask: encoded.map((row) => Array.from({ length: width }, (_, j) => (j < row.length ? 1 : 0))),
    tokenTypeIds: encoded.map(() => new Array<number>(width).fill(0)),
  };
}
