// expect: wrong_answer
// mistake: validates the training matrix but not the prediction arrays, so a NaN prediction makes the relative change NaN and the drift flag silently 0
// caught-by: NaN in the current predictions throws
export function monitoringChecks(Xtrain: number[][], predsTrain: number[], Xcur: number[][], predsCur: number[], predThreshold: number, missingThreshold: number): { zScores: number[]; drifted: number[]; predictionRelChange: number; predictionDrift: number; missingRates: number[]; missingFlag: number[] } {
  if (Xtrain.length === 0 || Xcur.length === 0 || predsTrain.length === 0 || predsCur.length === 0) throw new Error('empty input');
  const d = Xtrain[0]!.length;
  for (const row of [...Xtrain, ...Xcur]) if (row.length !== d) throw new Error('ragged');
  for (const row of Xtrain) for (const v of row) if (v !== v) throw new Error('NaN in Xtrain');
  const out = { zScores: [] as number[], drifted: [] as number[], predictionRelChange: 0, predictionDrift: 0, missingRates: [] as number[], missingFlag: [] as number[] };
  for (let j = 0; j < d; j++) {
    const col = Xtrain.map((r) => r[j]!);
    const mu = col.reduce((a, b) => a + b, 0) / col.length;
    const sd = Math.sqrt(col.reduce((a, b) => a + (b - mu) * (b - mu), 0) / col.length);
    const cur = Xcur.map((r) => r[j]!).filter((v) => !Number.isNaN(v));
    let z = 0;
    if (sd !== 0 && cur.length > 0) z = Math.abs(cur.reduce((a, b) => a + b, 0) / cur.length - mu) / sd;
    out.zScores.push(z);
    out.drifted.push(z > 2 ? 1 : 0);
    const rate = (Xcur.length - cur.length) / Xcur.length;
    out.missingRates.push(rate);
    out.missingFlag.push(rate > missingThreshold ? 1 : 0);
  }
  const base = predsTrain.reduce((a, b) => a + b, 0) / predsTrain.length;
  const now = predsCur.reduce((a, b) => a + b, 0) / predsCur.length;
  const change = base === 0 ? Math.abs(now - base) : Math.abs(now - base) / Math.abs(base);
  out.predictionRelChange = change;
  out.predictionDrift = change > predThreshold ? 1 : 0;
  return out;
}
