/** A prediction handler: validate {features} (one flat row or a batch), standardise with the stored scaler, apply a linear model. */
export type PredictResponse = { prediction: number[] } | { error: string };

export function handlePredict(body: unknown, mean: number[], scale: number[], w: number[], b: number): PredictResponse {
  const d = mean.length;
  if (d === 0 || scale.length !== d || w.length !== d || ![...mean, ...scale, ...w, b].every(Number.isFinite) || !scale.every((s) => s > 0)) {
    throw new Error('the stored model is invalid: mean, scale and w need the same non-zero length, finite values and scale > 0');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body) || !Object.hasOwn(body, 'features')) return { error: 'MISSING_FEATURES' };
  const features = (body as { features: unknown }).features;
  if (!Array.isArray(features)) return { error: 'BAD_SHAPE' };
  if (features.length === 0) return { error: 'EMPTY_BATCH' };
  const nested = features.filter((f) => Array.isArray(f)).length;
  if (nested !== 0 && nested !== features.length) return { error: 'BAD_SHAPE' };
  const rows = (nested === 0 ? [features] : features) as unknown[][];
  if (rows.some((row) => row.length !== d || row.some((v) => Array.isArray(v)))) return { error: 'BAD_SHAPE' };
  if (rows.some((row) => row.some((v) => typeof v !== 'number'))) return { error: 'NOT_NUMBER' };
  if (rows.some((row) => row.some((v) => !Number.isFinite(v)))) return { error: 'NON_FINITE' };
  return { prediction: (rows as number[][]).map((row) => row.reduce((s, x, j) => s + (w[j]! * (x - mean[j]!)) / scale[j]!, b)) };
}
