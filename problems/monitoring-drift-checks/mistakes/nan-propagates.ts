// expect: wrong_answer
// mistake: plain mean over the current column, so a single NaN makes the z-score NaN and the drift goes unflagged
// caught-by: NaN in current data is ignored
export function monitoringChecks(Xtrain: number[][], predsTrain: number[], Xcur: number[][], predsCur: number[], predThreshold: number, missingThreshold: number): { zScores: number[]; drifted: number[]; predictionRelChange: number; predictionDrift: number; missingRates: number[]; missingFlag: number[] } {
  if (!Xtrain.length || !Xcur.length || !predsTrain.length || !predsCur.length) throw new Error('empty input');
  const d = Xtrain[0]!.length;
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const zScores: number[] = [], drifted: number[] = [], missingRates: number[] = [], missingFlag: number[] = [];
  for (let j = 0; j < d; j++) {
    const col = Xtrain.map((r) => r[j]!);
    const mu = mean(col);
    const sd = Math.sqrt(mean(col.map((v) => (v - mu) ** 2)));
    const z = sd > 0 ? Math.abs(mean(Xcur.map((r) => r[j]!)) - mu) / sd : 0;
    zScores.push(z); drifted.push(z > 2 ? 1 : 0);
    const rate = Xcur.filter((r) => Number.isNaN(r[j]!)).length / Xcur.length;
    missingRates.push(rate); missingFlag.push(rate > missingThreshold ? 1 : 0);
  }
  const pb = mean(predsTrain), pc = mean(predsCur);
  const rel = pb !== 0 ? Math.abs(pc - pb) / Math.abs(pb) : Math.abs(pc - pb);
  return { zScores, drifted, predictionRelChange: rel, predictionDrift: rel > predThreshold ? 1 : 0, missingRates, missingFlag };
}
