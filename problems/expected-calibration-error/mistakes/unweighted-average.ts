// expect: wrong_answer
// mistake: averages the per-bin gaps over the non-empty bins instead of weighting each bin by its share of the samples
// caught-by: crowded and sparse bins
export function calibration(yTrue: number[], probs: number[], nBins: number): { binCount: number[]; binConfidence: number[]; binAccuracy: number[]; ece: number; mce: number } {
  const n = yTrue.length;
  if (n === 0 || n !== probs.length || !Number.isInteger(nBins) || nBins < 1) throw new Error('bad input');
  if (yTrue.some((y) => y !== 0 && y !== 1) || probs.some((p) => !(p >= 0 && p <= 1))) throw new Error('bad values');
  const cnt = Array(nBins).fill(0) as number[], sp = Array(nBins).fill(0) as number[], sy = Array(nBins).fill(0) as number[];
  probs.forEach((p, i) => { const b = Math.min(Math.floor(p * nBins), nBins - 1); cnt[b]!++; sp[b]! += p; sy[b]! += yTrue[i]!; });
  const conf = cnt.map((c, b) => (c ? sp[b]! / c : 0)), acc = cnt.map((c, b) => (c ? sy[b]! / c : 0));
  let total = 0, used = 0, mce = 0;
  for (let b = 0; b < nBins; b++) if (cnt[b]) { const g = Math.abs(acc[b]! - conf[b]!); total += g; used++; mce = Math.max(mce, g); }
  return { binCount: cnt, binConfidence: conf, binAccuracy: acc, ece: total / used, mce };
}
