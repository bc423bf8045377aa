import { describe, expect, it } from 'vitest';
import { kmeans } from '../../../problems/kmeans-lloyd/reference.ts';
import { lloydVisual, MAX_SCATTER_POINTS, plusPlusVisual } from '../../../lib/shared/visuals/kmeans';
import { gradedTest } from './grader-fixtures';

describe('kmeans-lloyd scatter', () => {
  it("takes the points from the input and the candidate's labels and centroids from its result", () => {
    const { details } = gradedTest('kmeans-lloyd.ties-to-higher-index', 'two blobs in the plane');
    const visual = lloydVisual(details!.input!, details!.expected, details!.actual);
    expect(visual).toMatchObject({
      kind: 'kmeans-scatter',
      dims: 2,
      pointCount: 7,
      labels: [0, 0, 1, 1, 1, 1, 1],
      expectedCentroids: [[1.25, 1.5], [3.9, 5.1]],
      actualCentroids: [[1.25, 1.5], [3.9, 5.1]],
    });
    expect(visual?.points[3]).toEqual([5, 7]);
  });

  it('draws one-dimensional data on a line', () => {
    const { details } = gradedTest('kmeans-lloyd.ties-to-higher-index', 'worked example');
    const visual = lloydVisual(details!.input!, details!.expected, details!.actual);
    expect(visual?.dims).toBe(1);
    expect(visual?.points).toEqual([[0, 0], [1, 0], [10, 0], [11, 0]]);
    expect(visual?.expectedCentroids).toEqual([[0.5, 0], [10.5, 0]]);
  });

  it('keeps the first two coordinates of higher-dimensional data', () => {
    const X = [[1, 2, 3], [1.5, 2, 3.5], [8, 9, 10], [8.5, 9.5, 9]];
    const init = [[1, 2, 3], [8, 9, 10]];
    const result = kmeans(X, init, 10, 1e-9);
    const visual = lloydVisual([X, init, 10, 1e-9], result, result);
    expect(visual?.dims).toBe(3);
    expect(visual?.points[1]).toEqual([1.5, 2]);
    expect(visual?.expectedCentroids).toEqual(result.centroids.map((c) => [c[0], c[1]]));
  });

  it('still shows the points and the reference when the candidate threw', () => {
    const { details } = gradedTest('kmeans-lloyd.runtime-error', 'two blobs in the plane');
    expect(details?.actual).toBeUndefined();
    const visual = lloydVisual(details!.input!, details!.expected, details!.actual);
    expect(visual).toMatchObject({ actualCentroids: null, labels: null, pointCount: 7 });
  });

  it('ignores labels that do not name a returned centroid for every point', () => {
    const input = [[[0], [1], [10]], [[0], [10]], 10, 1e-9];
    const expected = { centroids: [[0.5], [10]], labels: [0, 0, 1] };
    expect(lloydVisual(input, expected, { centroids: [[0.5], [10]], labels: [0, 2, 1] })?.labels).toBeNull();
    expect(lloydVisual(input, expected, { centroids: [[0.5], [10]], labels: [0, 0] })?.labels).toBeNull();
    expect(lloydVisual(input, expected, { centroids: 'nope' })?.actualCentroids).toBeNull();
  });

  it(`caps the drawn points at ${MAX_SCATTER_POINTS}`, () => {
    const X = Array.from({ length: MAX_SCATTER_POINTS + 500 }, (_, i) => [i, -i]);
    const labels = X.map(() => 0);
    const visual = lloydVisual([X, [[0, 0]], 1, 0], { centroids: [[0, 0]], labels }, { centroids: [[0, 0]], labels });
    expect(visual?.points).toHaveLength(MAX_SCATTER_POINTS);
    expect(visual?.labels).toHaveLength(MAX_SCATTER_POINTS);
    expect(visual?.pointCount).toBe(MAX_SCATTER_POINTS + 500);
  });
});

describe('kmeans-plus-plus-init scatter', () => {
  it('turns the chosen row indices into centres and has no labels', () => {
    const { details } = gradedTest('kmeans-plus-plus-init.farthest-first', 'small draw picks a near point');
    const visual = plusPlusVisual(details!.input!, details!.expected, details!.actual);
    expect(visual).toMatchObject({ labels: null, expectedCentroids: [[1, 0], [0, 0]], actualCentroids: [[1, 0], [11, 0]] });
  });

  it('draws no candidate centres for indices outside the data', () => {
    const { details } = gradedTest('kmeans-plus-plus-init.farthest-first', 'small draw picks a near point');
    expect(plusPlusVisual(details!.input!, details!.expected, [1, 4])?.actualCentroids).toBeNull();
    expect(plusPlusVisual(details!.input!, { error: 'k larger than n' }, undefined)).toBeNull();
  });
});
