// Reference: plain float64 TypeScript (numpy's default "linear" percentile, then a threshold decision).

/** numpy.percentile(values, 100·(1 − p)) with linear interpolation, at h = (n − 1)(1 − p). */
export function targetingThreshold(scores: readonly number[], percentile: number): number {
  const sorted = [...scores].sort((a, b) => a - b);
  const h = (sorted.length - 1) * (1 - percentile);
  const lo = Math.floor(h);
  if (lo >= sorted.length - 1) return sorted[sorted.length - 1]!;
  return sorted[lo]! + (h - lo) * (sorted[lo + 1]! - sorted[lo]!);
}

export function targetingRoi(upliftScores: number[], treatmentCost: number, conversionValue: number, percentile: number): { roi: number; nTargeted: number; incrementalConversions: number } {
  if (upliftScores.length === 0) throw new Error('no uplift scores');
  if (upliftScores.some((s) => !Number.isFinite(s))) throw new Error('uplift scores must be finite');
  if (!(percentile >= 0 && percentile <= 1)) throw new Error('percentile must lie in [0, 1]');
  if (!(treatmentCost >= 0) || !(conversionValue >= 0) || !Number.isFinite(treatmentCost) || !Number.isFinite(conversionValue)) throw new Error('cost and value must be finite and ≥ 0');
  const threshold = targetingThreshold(upliftScores, percentile);
  let nTargeted = 0, incrementalConversions = 0;
  for (const s of upliftScores) {
    if (s >= threshold) {
      nTargeted++;
      incrementalConversions += s;
    }
  }
  const cost = nTargeted * treatmentCost;
  const revenue = incrementalConversions * conversionValue;
  return { roi: cost > 0 ? (revenue - cost) / cost : 0, nTargeted, incrementalConversions };
}
