import { isRecord, numericMatrix } from './numeric';
import type { AttentionHead, AttentionVisual } from './types';

/** Most queries and keys drawn per head, and most heads offered. */
export const MAX_ATTENTION_SIZE = 64;
export const MAX_ATTENTION_HEADS = 16;

function weightsOf(result: unknown): unknown {
  return isRecord(result) ? result.weights : undefined;
}

function crop(m: number[][]): number[][] {
  return m.slice(0, MAX_ATTENTION_SIZE).map((row) => row.slice(0, MAX_ATTENTION_SIZE));
}

function visual(expectedHeads: number[][][], actualHeads: Array<number[][] | null>): AttentionVisual {
  const shown = expectedHeads.slice(0, MAX_ATTENTION_HEADS);
  const heads: AttentionHead[] = shown.map((e, h) => {
    const a = actualHeads[h] ?? null;
    return { expected: crop(e), actual: a && crop(a) };
  });
  const tooBig = (m: number[][] | null) => m !== null && (m.length > MAX_ATTENTION_SIZE || m[0]!.length > MAX_ATTENTION_SIZE);
  const truncated = shown.some((e, h) => tooBig(e) || tooBig(actualHeads[h] ?? null));
  return { kind: 'attention-heatmap', heads, headCount: expectedHeads.length, truncated };
}

/** scaled-dot-product-attention: result { output, weights: queries × keys }. */
export function singleHeadAttentionVisual(expected: unknown, actual: unknown): AttentionVisual | null {
  const e = numericMatrix(weightsOf(expected));
  if (!e) return null;
  return visual([e], [numericMatrix(weightsOf(actual))]);
}

/** multi-head-attention: result { output, weights: heads × queries × keys }. */
export function multiHeadAttentionVisual(expected: unknown, actual: unknown): AttentionVisual | null {
  const e = weightsOf(expected);
  if (!Array.isArray(e) || e.length === 0) return null;
  const heads = e.map(numericMatrix);
  if (heads.some((m) => m === null)) return null;
  const a = weightsOf(actual);
  const actualHeads = Array.isArray(a) ? a.map(numericMatrix) : [];
  return visual(heads as number[][][], actualHeads);
}
