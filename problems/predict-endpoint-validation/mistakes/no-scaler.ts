// expect: wrong_answer
// mistake: applies the model to raw features, forgetting the scaler saved with it (train/serve skew)
// caught-by: random 1
export function handlePredict(body: unknown, mean: number[], scale: number[], w: number[], b: number): { prediction: number[] } | { error: string } {
  const d = mean.length;
  if (!d || scale.length !== d || w.length !== d || [...mean, ...scale, ...w, b].some((v) => !Number.isFinite(v)) || scale.some((s) => s <= 0)) {
    throw new Error('invalid stored model');
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body) || !('features' in body)) return { error: 'MISSING_FEATURES' };
  const f = (body as Record<string, unknown>).features;
  if (!Array.isArray(f)) return { error: 'BAD_SHAPE' };
  if (f.length === 0) return { error: 'EMPTY_BATCH' };
  const isBatch = Array.isArray(f[0]);
  if (f.some((e) => Array.isArray(e) !== isBatch)) return { error: 'BAD_SHAPE' };
  const rows: unknown[][] = isBatch ? (f as unknown[][]) : [f];
  for (const r of rows) if (r.length !== d || r.some((v) => Array.isArray(v))) return { error: 'BAD_SHAPE' };
  for (const r of rows) if (r.some((v) => typeof v !== 'number')) return { error: 'NOT_NUMBER' };
  for (const r of rows) if ((r as number[]).some((v) => !Number.isFinite(v))) return { error: 'NON_FINITE' };
  return {
    prediction: (rows as number[][]).map((r) => {
      let y = b;
      for (let j = 0; j < d; j++) y += w[j] * r[j]; // raw features: the stored scaler is never applied
      return y;
    }),
  };
}
