import type { TestResultView } from '../submission-view';
import { multiHeadAttentionVisual, singleHeadAttentionVisual } from './attention';
import { lloydVisual, plusPlusVisual } from './kmeans';
import { lossCurveVisual } from './loss-curve';
import { matrixDiffs } from './matrix-diff';
import { rocVisual } from './roc';
import type { TestVisual } from './types';

export type * from './types';
export { diffTitle } from './matrix-diff';

type ProblemVisual = (input: readonly unknown[], expected: unknown, actual: unknown) => TestVisual | null;

/** The chart a problem draws for every sample test, passed or failed. */
const PROBLEM_VISUALS: Readonly<Record<string, ProblemVisual>> = {
  'kmeans-lloyd': lloydVisual,
  'kmeans-plus-plus-init': plusPlusVisual,
  'scaled-dot-product-attention': (_input, expected, actual) => singleHeadAttentionVisual(expected, actual),
  'multi-head-attention': (_input, expected, actual) => multiHeadAttentionVisual(expected, actual),
  'roc-auc': (_input, expected, actual) => rocVisual(expected, actual),
  'logistic-regression-gd': (_input, expected, actual) => lossCurveVisual('logistic-regression-gd', expected, actual),
  'gradient-boosting-stumps': (_input, expected, actual) => lossCurveVisual('gradient-boosting-stumps', expected, actual),
};

/**
 * Everything worth drawing for one test: the problem's own chart (K-means clusters, attention
 * weights, ROC curve, loss curve), then, for a test that failed with a value, heatmaps of
 * |expected − actual| for the arrays that differ. Hidden tests carry no values: nothing.
 */
export function visualsFor(problemSlug: string, test: TestResultView): TestVisual[] {
  const details = test.details;
  if (test.hidden || !details || !Array.isArray(details.input) || details.expected === undefined) return [];
  const { input, expected, actual } = details;
  const visuals: TestVisual[] = [];
  const problemVisual = Object.hasOwn(PROBLEM_VISUALS, problemSlug) ? PROBLEM_VISUALS[problemSlug] : undefined;
  const own = problemVisual?.(input, expected, actual);
  if (own) visuals.push(own);
  if (test.verdict !== 'accepted' && actual !== undefined) visuals.push(...matrixDiffs(expected, actual));
  return visuals;
}
