import { isRecord, numericVector, toNumber } from './numeric';
import type { RocCurve, RocVisual } from './types';

/** { fpr, tpr, auc } as roc-auc returns it; unequal lengths are paired up to the shorter one. */
function curveOf(result: unknown): RocCurve | null {
  if (!isRecord(result)) return null;
  const fpr = numericVector(result.fpr);
  const tpr = numericVector(result.tpr);
  if (!fpr || !tpr) return null;
  const n = Math.min(fpr.length, tpr.length);
  const points = Array.from({ length: n }, (_, i) => [fpr[i]!, tpr[i]!] as [number, number]);
  return { points, auc: toNumber(result.auc) };
}

/** roc-auc: the reference's and the candidate's ROC curves. */
export function rocVisual(expected: unknown, actual: unknown): RocVisual | null {
  const ref = curveOf(expected);
  if (!ref) return null;
  return { kind: 'roc-curve', expected: ref, actual: curveOf(actual) };
}
