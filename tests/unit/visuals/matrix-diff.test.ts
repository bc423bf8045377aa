import { describe, expect, it } from 'vitest';
import { diffTitle, matrixDiffs } from '../../../lib/shared/visuals/matrix-diff';
import { gradedTest } from './grader-fixtures';

describe('matrixDiffs', () => {
  it('finds the same-named matrices of an object result, largest difference first', () => {
    const { details } = gradedTest('scaled-dot-product-attention.no-sqrt-scaling', 'no mask, 3 queries');
    const diffs = matrixDiffs(details?.expected, details?.actual);
    expect(diffs.map((d) => d.path)).toEqual(['weights', 'output']);
    const [weights, output] = diffs;
    expect(weights).toMatchObject({ rows: 3, cols: 3, vector: false, truncated: false, maxAt: [2, 2] });
    expect(weights?.maxAbs).toBeCloseTo(0.1736034311, 9);
    expect(output).toMatchObject({ rows: 3, cols: 2, maxAt: [1, 1] });
    expect(output?.maxAbs).toBeCloseTo(0.1600121684, 9);
    expect(output?.expected[1]?.[1]).toBeCloseTo(0.4238874441, 9);
    expect(output?.actual[1]?.[1]).toBeCloseTo(0.2638752757, 9);
    expect(output?.absDiff[1]?.[1]).toBe(output?.maxAbs);
  });

  it('treats a top-level vector as one row named "output"', () => {
    const { details } = gradedTest('kmeans-plus-plus-init.farthest-first', 'small draw picks a near point');
    const [diff] = matrixDiffs(details?.expected, details?.actual);
    expect(diff).toMatchObject({ path: 'output', vector: true, rows: 1, cols: 2, maxAbs: 3, maxAt: [0, 1] });
    expect(diffTitle(diff!)).toBe('|difference| in output (length 2), largest at [1]');
  });

  it('splits a three-dimensional result into one matrix per leading index', () => {
    const { details } = gradedTest('multi-head-attention.no-scaling', 'self-attention, 4 heads');
    const diffs = matrixDiffs(details?.expected, details?.actual);
    expect(diffs.map((d) => d.path)).toEqual(['output', 'weights[2]', 'weights[3]', 'weights[0]', 'weights[1]']);
    expect(diffs[0]).toMatchObject({ rows: 4, cols: 8, maxAt: [3, 0] });
    expect(diffTitle(diffs[1]!)).toBe('|difference| in weights[2] (4×4), largest at [0][3]');
  });

  it('leaves out arrays whose shapes differ and arrays that agree everywhere', () => {
    const { details } = gradedTest('roc-auc.ignores-ties', 'worked example');
    expect(details?.expectedShape).toBe('length 5');
    expect(matrixDiffs(details?.expected, details?.actual)).toEqual([]);
    const { details: passed } = gradedTest('kmeans-lloyd.ties-to-higher-index', 'two blobs in the plane');
    // only nIter (a scalar) differs here
    expect(matrixDiffs(passed?.expected, passed?.actual)).toEqual([]);
  });

  it('reads "NaN" and "Infinity" and counts a disagreement on them as an infinite difference', () => {
    const [diff] = matrixDiffs({ m: [[1, 'NaN'], ['Infinity', 2]] }, { m: [[1, 'NaN'], [5, 2.5]] });
    expect(diff?.absDiff).toEqual([[0, 0], [Infinity, 0.5]]);
    expect(diff).toMatchObject({ maxAbs: Infinity, maxAt: [1, 0] });
  });

  it('draws at most 64×64 cells, in a window around the largest difference', () => {
    const expected = Array.from({ length: 100 }, () => new Array<number>(80).fill(0));
    const actual = expected.map((row) => [...row]);
    actual[90]![5] = 2;
    actual[3]![3] = 1;
    const [diff] = matrixDiffs(expected, actual);
    expect(diff).toMatchObject({ rows: 100, cols: 80, truncated: true, maxAt: [90, 5], window: { row: 36, col: 0, rows: 64, cols: 64 } });
    expect(diff?.absDiff).toHaveLength(64);
    expect(diff?.absDiff[90 - 36]?.[5]).toBe(2);
  });

  it('keeps the largest few when many arrays differ', () => {
    const many = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`f${i}`, [0, 0]]));
    const other = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`f${i}`, [0, i + 1]]));
    expect(matrixDiffs(many, other, 3).map((d) => d.path)).toEqual(['f9', 'f8', 'f7']);
  });
});
