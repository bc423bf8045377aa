// Reference: plain float64 TypeScript (threshold decisions).
type Out = { zScores: number[]; drifted: number[]; predictionRelChange: number; predictionDrift: number; missingRates: number[]; missingFlag: number[] };

export function monitoringChecks(Xtrain: number[][], predsTrain: number[], Xcur: number[][], predsCur: number[], predThreshold: number, missingThreshold: number): Out {
  if (!Xtrain.length || !Xcur.length || !predsTrain.length || !predsCur.length) throw new Error('inputs must be non-empty');
  const d = Xtrain[0]!.length;
  if (Xtrain.some((r) => r.length !== d) || Xcur.some((r) => r.length !== d)) throw new Error('inconsistent row lengths');
  if (Xtrain.some((r) => r.some(Number.isNaN)) || predsTrain.some(Number.isNaN) || predsCur.some(Number.isNaN)) throw new Error('NaN in training data or predictions');
  const n = Xtrain.length;
  const zScores: number[] = [], drifted: number[] = [], missingRates: number[] = [], missingFlag: number[] = [];
  for (let j = 0; j < d; j++) {
    let s = 0;
    for (const r of Xtrain) s += r[j]!;
    const mu = s / n;
    let ss = 0;
    for (const r of Xtrain) ss += (r[j]! - mu) ** 2;
    const sigma = Math.sqrt(ss / n);
    let cs = 0, cn = 0, miss = 0;
    for (const r of Xcur) { const v = r[j]!; if (Number.isNaN(v)) miss++; else { cs += v; cn++; } }
    const z = sigma > 0 && cn > 0 ? Math.abs(cs / cn - mu) / sigma : 0;
    zScores.push(z);
    drifted.push(z > 2 ? 1 : 0);
    const rate = miss / Xcur.length;
    missingRates.push(rate);
    missingFlag.push(rate > missingThreshold ? 1 : 0);
  }
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const pb = mean(predsTrain), pc = mean(predsCur);
  const rel = pb !== 0 ? Math.abs(pc - pb) / Math.abs(pb) : Math.abs(pc - pb);
  return { zScores, drifted, predictionRelChange: rel, predictionDrift: rel > predThreshold ? 1 : 0, missingRates, missingFlag };
}
