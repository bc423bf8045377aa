import { describe, expect, it } from 'vitest';
import { labelPermutation, rowsSumTo, setEqual, signInvariant, type Tolerance } from '../../../grader/kit.ts';

const tol: Tolerance = { rtol: 1e-5, atol: 1e-6 };
const ctx = (expected: unknown, actual: unknown, tolerance: Tolerance = tol) => ({ args: [], expected, actual, tolerance, nanEqual: false });

describe('rowsSumTo', () => {
  const check = rowsSumTo(1, { field: 'weights', within: [0, 1] });

  it('holds each row sum to the tolerance its terms carry, not to a tighter one of its own', () => {
    // a correct float64 attention (−1e9 fill, log-sum-exp) whose rows are off by 2e-8: rtol 1e-5 allows it
    expect(check.fn(ctx(null, { weights: [[0.25, 0.75 + 2e-8], [1, 0]] }))).toEqual({ ok: true });
    expect(check.fn(ctx(null, { weights: [[0.25, 0.76], [1, 0]] }))).toEqual({ ok: false, message: 'weights row 0 sums to 1.01, not 1', where: 'weights row 0' });
  });

  it('checks the range of every entry and says where, without the value, for hidden tests', () => {
    const r = rowsSumTo(1, { within: [0, 1] }).fn(ctx(null, [[0.5, 0.5], [1.5, -0.5]]));
    expect(r).toEqual({ ok: false, message: 'output[1][0] is 1.5, outside [0, 1]', where: 'output[1][0]' });
  });

  it('uses the field’s own tolerance and rejects what is not a matrix', () => {
    const loose: Tolerance = { rtol: 0, atol: 1e-12, fields: { d: { rtol: 0, atol: 0.1 } } };
    expect(rowsSumTo(0, { field: 'd' }).fn(ctx(null, { d: [[0.02, 0.03]] }, loose))).toEqual({ ok: true });
    expect(rowsSumTo(0, { field: 'd' }).fn(ctx(null, { d: [0.02] }, loose))).toMatchObject({ ok: false, where: 'd' });
  });
});

describe('signInvariant', () => {
  const pcaLike = signInvariant({ field: 'components', axis: 'rows', linked: [{ field: 'scores', axis: 'columns' }] });
  const expected = { components: [[0.6, 0.8], [-0.8, 0.6]], scores: [[1, 2], [3, 4]], explained: [5, 1] };

  it('accepts each component negated when its column of scores flips with it', () => {
    const actual = { components: [[-0.6, -0.8], [-0.8, 0.6]], scores: [[-1, 2], [-3, 4]], explained: [5, 1] };
    expect(pcaLike.fn(ctx(expected, actual))).toEqual({ ok: true });
  });

  it('rejects a flipped component whose scores did not flip, naming the position', () => {
    const actual = { components: [[-0.6, -0.8], [-0.8, 0.6]], scores: [[1, 2], [3, 4]], explained: [5, 1] };
    const r = pcaLike.fn(ctx(expected, actual));
    expect(r).toMatchObject({ ok: false, where: 'scores[1][0]' });
  });

  it('compares within the declared tolerance and flips columns or whole vectors', () => {
    expect(signInvariant({ axis: 'columns' }).fn(ctx([[1, 2], [3, 4]], [[-1 - 1e-6, 2], [-3, 4]]))).toEqual({ ok: true });
    expect(signInvariant({ axis: 'whole' }).fn(ctx([0.6, 0.8], [-0.6, -0.8]))).toEqual({ ok: true });
    expect(signInvariant({ axis: 'whole' }).fn(ctx([0.6, 0.8], [-0.6, 0.8]))).toMatchObject({ ok: false });
  });
});

describe('labelPermutation', () => {
  it('accepts cluster ids up to a relabelling and reorders linked centroids', () => {
    const check = labelPermutation({ field: 'labels', linked: [{ field: 'centroids', axis: 'rows' }] });
    const expected = { labels: [0, 0, 1, 2], centroids: [[0, 0], [5, 5], [9, 9]] };
    const actual = { labels: [2, 2, 0, 1], centroids: [[5, 5], [9, 9], [0, 0]] };
    expect(check.fn(ctx(expected, actual))).toEqual({ ok: true });
    const wrongCentroid = { labels: [2, 2, 0, 1], centroids: [[5, 5], [9, 9], [0, 1]] };
    expect(check.fn(ctx(expected, wrongCentroid))).toMatchObject({ ok: false, where: 'centroids[0][1]' });
  });

  it('reports labels as values, and where for hidden tests', () => {
    const r = labelPermutation().fn(ctx([0, 0, 1, 1], [3, 3, 1, 3]));
    expect(r).toEqual({ ok: false, message: 'output[3] is 3 where the expected cluster was 1; your label 3 already stands for expected 0 at output[1]', where: 'output[3]' });
    const split = labelPermutation().fn(ctx([0, 0, 1], [4, 5, 6]));
    expect(split).toMatchObject({ ok: false, where: 'output[1]' });
  });

  it('keeps fixed labels such as noise fixed', () => {
    const check = labelPermutation({ fixed: [-1] });
    expect(check.fn(ctx([0, -1, 1], [1, -1, 0]))).toEqual({ ok: true });
    expect(check.fn(ctx([0, -1, 1], [-1, 0, 1]))).toMatchObject({ ok: false, message: 'output[0] is -1 where 0 was expected' });
  });
});

describe('setEqual', () => {
  it('ignores order, counts repeats and uses the tolerance', () => {
    const check = setEqual({ field: 'pairs' });
    expect(check.fn(ctx({ pairs: [[1, 2], [0, 5], [1, 2]] }, { pairs: [[0, 5 + 1e-6], [1, 2], [1, 2]] }))).toEqual({ ok: true });
    expect(check.fn(ctx({ pairs: [[1, 2], [0, 5], [1, 2]] }, { pairs: [[0, 5], [1, 2], [0, 5]] }))).toMatchObject({ ok: false, where: 'pairs (as a set)' });
    expect(check.fn(ctx({ pairs: [[1, 2]] }, { pairs: [[1, 2], [3, 4]] }))).toMatchObject({ ok: false });
  });
});
