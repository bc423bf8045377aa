import { describe, expect, it } from 'vitest';
import { visualsFor } from '../../../lib/shared/visuals';
import { gradedTest, gradedTests } from './grader-fixtures';

const kinds = (slug: string, fixture: string, name: string) => visualsFor(slug, gradedTest(fixture, name)).map((v) => v.kind);

describe('visualsFor', () => {
  it("draws the problem's own chart for a passed sample, without difference heatmaps", () => {
    expect(kinds('kmeans-lloyd', 'kmeans-lloyd.ties-to-higher-index', 'worked example')).toEqual(['kmeans-scatter']);
    expect(kinds('multi-head-attention', 'multi-head-attention.no-scaling', 'worked example: two heads of width 1')).toEqual(['attention-heatmap']);
  });

  it('adds |difference| heatmaps for a failed sample', () => {
    expect(kinds('scaled-dot-product-attention', 'scaled-dot-product-attention.no-sqrt-scaling', 'no mask, 3 queries')).toEqual([
      'attention-heatmap',
      'diff-heatmap',
      'diff-heatmap',
    ]);
    expect(kinds('gradient-boosting-stumps', 'gradient-boosting-stumps.zero-initialisation', 'three rounds, two features')).toEqual([
      'loss-curve',
      'diff-heatmap',
      'diff-heatmap',
    ]);
  });

  it('draws only difference heatmaps for a problem without a chart of its own', () => {
    const test = gradedTest('scaled-dot-product-attention.no-sqrt-scaling', 'no mask, 3 queries');
    expect(visualsFor('layer-norm', test).map((v) => v.kind)).toEqual(['diff-heatmap', 'diff-heatmap']);
  });

  it('draws the reference alone when the candidate threw', () => {
    const [visual, ...rest] = visualsFor('kmeans-lloyd', gradedTest('kmeans-lloyd.runtime-error', 'two blobs in the plane'));
    expect(visual).toMatchObject({ kind: 'kmeans-scatter', actualCentroids: null });
    expect(rest).toEqual([]);
  });

  it('draws nothing for hidden tests, which carry no values', () => {
    const tests = gradedTests('roc-auc.ignores-ties.all-tests');
    const hidden = tests.filter((t) => t.hidden);
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.every((t) => t.details === null || t.details.expected === undefined)).toBe(true);
    for (const test of hidden) expect(visualsFor('roc-auc', test)).toEqual([]);
    const forged = { ...hidden[0]!, details: gradedTest('roc-auc.ignores-ties', 'worked example').details };
    expect(visualsFor('roc-auc', forged)).toEqual([]);
    expect(visualsFor('roc-auc', tests[0]!).map((v) => v.kind)).toEqual(['roc-curve']);
  });

  it('draws nothing when the reference itself failed', () => {
    const test = { ...gradedTest('roc-auc.ignores-ties', 'worked example'), verdict: 'internal_error' as const };
    test.details = { ...test.details, expected: { error: 'the reference failed' }, actual: undefined };
    expect(visualsFor('roc-auc', test)).toEqual([]);
  });
});
