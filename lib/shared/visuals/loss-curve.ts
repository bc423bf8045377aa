import { isRecord, numericVector } from './numeric';
import type { LossCurveVisual } from './types';

/**
 * Problems whose result carries a per-iteration training loss. The optimizer problems (adam,
 * rmsprop, sgd-momentum) return parameter trajectories, not losses, and are not listed.
 */
export const LOSS_HISTORIES: Readonly<Record<string, { field: string; quantity: string }>> = {
  'logistic-regression-gd': { field: 'lossHistory', quantity: 'log loss' },
  'gradient-boosting-stumps': { field: 'trainMse', quantity: 'training MSE' },
};

/** The loss history of a training problem, reference against candidate; null for one iteration or none. */
export function lossCurveVisual(problemSlug: string, expected: unknown, actual: unknown): LossCurveVisual | null {
  const spec = Object.hasOwn(LOSS_HISTORIES, problemSlug) ? LOSS_HISTORIES[problemSlug] : undefined;
  if (!spec || !isRecord(expected)) return null;
  const ref = numericVector(expected[spec.field]);
  if (!ref || ref.length < 2) return null;
  const candidate = isRecord(actual) ? numericVector(actual[spec.field]) : null;
  return { kind: 'loss-curve', field: spec.field, quantity: spec.quantity, expected: ref, actual: candidate };
}
