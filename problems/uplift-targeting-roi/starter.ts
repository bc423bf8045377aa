export function targetingRoi(upliftScores: number[], treatmentCost: number, conversionValue: number, percentile: number): { roi: number; nTargeted: number; incrementalConversions: number } {
  // TODO: threshold = linear-interpolation percentile of the scores at 100·(1 − percentile),
  // target every score ≥ threshold, then incremental conversions, cost, revenue and ROI
  return { roi: 0, nTargeted: 0, incrementalConversions: 0 };
}
