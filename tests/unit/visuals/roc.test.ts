import { describe, expect, it } from 'vitest';
import { rocAuc } from '../../../problems/roc-auc/reference.ts';
import { rocVisual } from '../../../lib/shared/visuals/roc';
import { gradedTest } from './grader-fixtures';

describe('roc-auc curves', () => {
  it("pairs fpr with tpr for the reference and the candidate, whatever the candidate's length", () => {
    const { details } = gradedTest('roc-auc.ignores-ties', 'worked example');
    const visual = rocVisual(details?.expected, details?.actual);
    expect(visual?.expected.points).toEqual([[0, 0], [0, 2 / 3], [0.5, 2 / 3], [0.5, 1], [1, 1]]);
    expect(visual?.expected.auc).toBeCloseTo(5 / 6, 12);
    expect(visual?.actual?.points).toHaveLength(6);
    expect(visual?.actual?.points[1]).toEqual([0, 1 / 3]);
  });

  it('matches the reference implementation on its own output', () => {
    const result = rocAuc([0, 1, 1, 0, 1], [0.2, 0.9, 0.4, 0.4, 0.7]);
    const visual = rocVisual(result, result);
    expect(visual?.expected.points).toEqual(result.fpr.map((f, i) => [f, result.tpr[i]]));
    expect(visual?.actual?.auc).toBe(result.auc);
  });

  it('draws no candidate curve when the result is not one', () => {
    const { details } = gradedTest('roc-auc.ignores-ties', 'one tied pair');
    expect(rocVisual(details?.expected, { fpr: 'x', tpr: [0, 1], auc: 1 })?.actual).toBeNull();
    expect(rocVisual(details?.expected, undefined)?.actual).toBeNull();
    expect(rocVisual({ error: 'reference failed' }, details?.actual)).toBeNull();
  });
});
