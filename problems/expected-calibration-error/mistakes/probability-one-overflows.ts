// expect: wrong_answer
// mistake: computes the bin as floor(p · M) without clamping, so p = 1 lands in an extra bin M that does not exist
// caught-by: probability exactly 1
export function calibration(yTrue: number[], probs: number[], nBins: number): { binCount: number[]; binConfidence: number[]; binAccuracy: number[]; ece: number; mce: number } {
  const n = yTrue.length;
  if (n === 0 || n !== probs.length || !Number.isInteger(nBins) || nBins < 1) throw new Error('bad input');
  if (yTrue.some((y) => y !== 0 && y !== 1) || probs.some((p) => !(p >= 0 && p <= 1))) throw new Error('bad values');
  const cnt = Array(nBins).fill(0) as number[], sp = Array(nBins).fill(0) as number[], sy = Array(nBins).fill(0) as number[];
  probs.forEach((p, i) => { const b = Math.floor(p * nBins); cnt[b]!++; sp[b]! += p; sy[b]! += yTrue[i]!; });
  const conf = cnt.map((c, b) => (c ? sp[b]! / c : 0)), acc = cnt.map((c, b) => (c ? sy[b]! / c : 0));
  let ece = 0, mce = 0;
  for (let b = 0; b < nBins; b++) if (cnt[b]) { const g = Math.abs(acc[b]! - conf[b]!); ece += (cnt[b]! / n) * g; mce = Math.max(mce, g); }
  return { binCount: cnt, binConfidence: conf, binAccuracy: acc, ece, mce };
}
