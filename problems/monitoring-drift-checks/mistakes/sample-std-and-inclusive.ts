// expect: wrong_answer
// mistake: baseline uses the sample std (divisor n − 1) and flags z ≥ 2 instead of z > 2
// caught-by: z exactly 2 is not flagged
export function monitoringChecks(Xtrain: number[][], predsTrain: number[], Xcur: number[][], predsCur: number[], predThreshold: number, missingThreshold: number): { zScores: number[]; drifted: number[]; predictionRelChange: number; predictionDrift: number; missingRates: number[]; missingFlag: number[] } {
  if (!Xtrain.length || !Xcur.length || !predsTrain.length || !predsCur.length) throw new Error('empty input');
  const d = Xtrain[0]!.length;
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const zScores: number[] = [], drifted: number[] = [], missingRates: number[] = [], missingFlag: number[] = [];
  for (let j = 0; j < d; j++) {
    const col = Xtrain.map((r) => r[j]!);
    const mu = mean(col);
    const sd = col.length > 1 ? Math.sqrt(col.reduce((a, v) => a + (v - mu) ** 2, 0) / (col.length - 1)) : 0;
    const cur = Xcur.map((r) => r[j]!).filter((v) => !Number.isNaN(v));
    const z = sd > 0 && cur.length ? Math.abs(mean(cur) - mu) / sd : 0;
    zScores.push(z); drifted.push(z >= 2 ? 1 : 0);
    const rate = (Xcur.length - cur.length) / Xcur.length;
    missingRates.push(rate); missingFlag.push(rate > missingThreshold ? 1 : 0);
  }
  const pb = mean(predsTrain), pc = mean(predsCur);
  const rel = pb !== 0 ? Math.abs(pc - pb) / Math.abs(pb) : Math.abs(pc - pb);
  return { zScores, drifted, predictionRelChange: rel, predictionDrift: rel > predThreshold ? 1 : 0, missingRates, missingFlag };
}
