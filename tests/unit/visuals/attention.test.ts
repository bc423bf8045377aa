import { describe, expect, it } from 'vitest';
import { MAX_ATTENTION_SIZE, multiHeadAttentionVisual, singleHeadAttentionVisual } from '../../../lib/shared/visuals/attention';
import { gradedTest } from './grader-fixtures';

describe('attention weights', () => {
  it('scaled-dot-product-attention: one head, expected next to actual', () => {
    const { details } = gradedTest('scaled-dot-product-attention.no-sqrt-scaling', 'worked example: causal 2×2');
    const visual = singleHeadAttentionVisual(details?.expected, details?.actual);
    expect(visual).toMatchObject({ kind: 'attention-heatmap', headCount: 1, truncated: false });
    expect(visual?.heads[0]?.expected).toEqual([[1, 0], [0.3302384506733431, 0.6697615493266569]]);
    expect(visual?.heads[0]?.actual).toEqual([[1, 0], [0.2689414213699951, 0.7310585786300049]]);
  });

  it('multi-head-attention: one pair of matrices per head', () => {
    const { details } = gradedTest('multi-head-attention.no-scaling', 'self-attention, 4 heads');
    const visual = multiHeadAttentionVisual(details?.expected, details?.actual);
    expect(visual?.headCount).toBe(4);
    expect(visual?.heads.map((h) => [h.expected.length, h.expected[0]?.length, h.actual?.length])).toEqual([
      [4, 4, 4], [4, 4, 4], [4, 4, 4], [4, 4, 4],
    ]);
    for (const head of visual!.heads) {
      for (const row of head.expected) expect(row.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 5);
    }
  });

  it('shows the reference alone when the candidate returned no weights', () => {
    const { details } = gradedTest('multi-head-attention.no-scaling', 'worked example with a causal mask');
    const visual = multiHeadAttentionVisual(details?.expected, { output: [[0]] });
    expect(visual?.heads.map((h) => h.actual)).toEqual([null, null]);
    expect(singleHeadAttentionVisual({ error: 'the reference failed' }, undefined)).toBeNull();
  });

  it(`cuts queries and keys to the first ${MAX_ATTENTION_SIZE}`, () => {
    const n = MAX_ATTENTION_SIZE + 6;
    const weights = Array.from({ length: 3 }, () => new Array<number>(n).fill(1 / n));
    const visual = singleHeadAttentionVisual({ weights }, { weights });
    expect(visual?.truncated).toBe(true);
    expect(visual?.heads[0]?.expected[0]).toHaveLength(MAX_ATTENTION_SIZE);
  });
});
