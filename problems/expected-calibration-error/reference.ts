// Reference: plain float64 TypeScript (bin assignment is a discrete decision).

export function calibration(yTrue: number[], probs: number[], nBins: number): { binCount: number[]; binConfidence: number[]; binAccuracy: number[]; ece: number; mce: number } {
  const n = yTrue.length;
  if (n === 0 || probs.length !== n) throw new Error('yTrue and probs need the same, non-zero length');
  if (!Number.isInteger(nBins) || nBins < 1) throw new Error('nBins must be a positive integer');
  if (yTrue.some((y) => y !== 0 && y !== 1)) throw new Error('labels must be 0 or 1');
  if (probs.some((p) => !(p >= 0 && p <= 1))) throw new Error('probabilities must lie in [0, 1]');
  const count = new Array<number>(nBins).fill(0);
  const sumP = new Array<number>(nBins).fill(0);
  const sumY = new Array<number>(nBins).fill(0);
  for (let i = 0; i < n; i++) {
    const b = Math.min(Math.floor(probs[i]! * nBins), nBins - 1);
    count[b]!++;
    sumP[b]! += probs[i]!;
    sumY[b]! += yTrue[i]!;
  }
  const binConfidence = count.map((c, b) => (c > 0 ? sumP[b]! / c : 0));
  const binAccuracy = count.map((c, b) => (c > 0 ? sumY[b]! / c : 0));
  let ece = 0, mce = 0;
  for (let b = 0; b < nBins; b++) {
    if (count[b] === 0) continue;
    const gap = Math.abs(binAccuracy[b]! - binConfidence[b]!);
    ece += (count[b]! / n) * gap;
    mce = Math.max(mce, gap);
  }
  return { binCount: count, binConfidence, binAccuracy, ece, mce };
}
