export function monitoringChecks(Xtrain: number[][], predsTrain: number[], Xcur: number[][], predsCur: number[], predThreshold: number, missingThreshold: number): { zScores: number[]; drifted: number[]; predictionRelChange: number; predictionDrift: number; missingRates: number[]; missingFlag: number[] } {
  // TODO: baseline stats, NaN-aware mean-shift z-scores, prediction drift, missing rates
  const d = Xtrain[0]?.length ?? 0;
  const zeros = new Array<number>(d).fill(0);
  return { zScores: zeros, drifted: zeros, predictionRelChange: 0, predictionDrift: 0, missingRates: zeros, missingFlag: zeros };
}
