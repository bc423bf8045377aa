import { indexVector, isRecord, numericMatrix } from './numeric';
import type { KMeansVisual, Point } from './types';

/** More points than this are drawn as the first MAX_POINTS (the chart stays responsive). */
export const MAX_SCATTER_POINTS = 2000;

/** First two coordinates; 1-D data lies on y = 0. */
function project(row: readonly number[]): Point {
  return [row[0]!, row[1] ?? 0];
}

function scatter(X: number[][], expected: number[][], actual: number[][] | null, labels: number[] | null): KMeansVisual {
  const drawn = X.slice(0, MAX_SCATTER_POINTS);
  return {
    kind: 'kmeans-scatter',
    dims: X[0]!.length,
    points: drawn.map(project),
    pointCount: X.length,
    labels: labels?.slice(0, drawn.length) ?? null,
    expectedCentroids: expected.map(project),
    actualCentroids: actual?.map(project) ?? null,
  };
}

/** kmeans-lloyd: input [X, init, ...], result { centroids, labels }. */
export function lloydVisual(input: readonly unknown[], expected: unknown, actual: unknown): KMeansVisual | null {
  const X = numericMatrix(input[0]);
  const ref = isRecord(expected) ? numericMatrix(expected.centroids) : null;
  if (!X || !ref) return null;
  const candidate = isRecord(actual) ? actual : {};
  const centroids = numericMatrix(candidate.centroids);
  const labels = indexVector(candidate.labels, centroids?.length ?? 0);
  return scatter(X, ref, centroids, labels?.length === X.length ? labels : null);
}

/** kmeans-plus-plus-init: input [X, k, u], result the row indices of the chosen centres. */
export function plusPlusVisual(input: readonly unknown[], expected: unknown, actual: unknown): KMeansVisual | null {
  const X = numericMatrix(input[0]);
  const ref = X ? indexVector(expected, X.length) : null;
  if (!X || !ref) return null;
  const chosen = indexVector(actual, X.length);
  return scatter(X, ref.map((i) => X[i]!), chosen?.map((i) => X[i]!) ?? null, null);
}
