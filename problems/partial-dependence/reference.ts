/** Plain float64 one-way partial dependence of a fixed logistic model: the average prediction with one column overwritten. */
import { sigmoid } from '../../grader/reference-kit/float64.ts';

export function partialDependence(X: number[][], w: number[], b: number, feature: number, grid: number[]): number[] {
  const p = w.length;
  if (X.length === 0 || p === 0 || X.some((r) => r.length !== p)) throw new Error(`X must have at least one row of ${p} features`);
  if (![...X.flat(), ...w, b, ...grid].every(Number.isFinite)) throw new Error('inputs must be finite');
  if (!Number.isInteger(feature) || feature < 0 || feature >= p) throw new Error(`feature must be an index in 0..${p - 1}`);
  return grid.map((v) => X.reduce((s, row) => s + sigmoid(row.reduce((t, x, k) => t + (k === feature ? v : x) * w[k]!, b)), 0) / X.length);
}
