export function calibration(yTrue: number[], probs: number[], nBins: number): { binCount: number[]; binConfidence: number[]; binAccuracy: number[]; ece: number; mce: number } {
  const n = yTrue.length;
  if (n === 0 || n !== probs.length) throw new Error('length mismatch');
  if (!Number.isInteger(nBins) || nBins < 1) throw new Error('nBins must be a positive integer');
  const binCount = Array(nBins).fill(0) as number[];
  const confSum = Array(nBins).fill(0) as number[];
  const posSum = Array(nBins).fill(0) as number[];
  for (let i = 0; i < n; i++) {
    const p = probs[i]!, y = yTrue[i]!;
    if (y !== 0 && y !== 1) throw new Error('labels must be 0/1');
    if (!(p >= 0 && p <= 1)) throw new Error('probability out of range');
    let b = Math.floor(p * nBins);
    if (b === nBins) b = nBins - 1;
    binCount[b]! += 1;
    confSum[b]! += p;
    posSum[b]! += y;
  }
  const binConfidence: number[] = [], binAccuracy: number[] = [];
  let ece = 0, mce = 0;
  for (let b = 0; b < nBins; b++) {
    const c = binCount[b]!;
    const conf = c ? confSum[b]! / c : 0;
    const acc = c ? posSum[b]! / c : 0;
    binConfidence.push(conf);
    binAccuracy.push(acc);
    if (c) {
      const gap = Math.abs(acc - conf);
      ece += (c / n) * gap;
      if (gap > mce) mce = gap;
    }
  }
  return { binCount, binConfidence, binAccuracy, ece, mce };
}
