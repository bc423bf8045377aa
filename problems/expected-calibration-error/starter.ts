export function calibration(yTrue: number[], probs: number[], nBins: number): { binCount: number[]; binConfidence: number[]; binAccuracy: number[]; ece: number; mce: number } {
  // TODO: equal-width bins over [0, 1], per-bin count / mean probability / positive rate, then ECE and MCE
  const zeros = new Array<number>(nBins).fill(0);
  return { binCount: zeros, binConfidence: zeros, binAccuracy: zeros, ece: 0, mce: 0 };
}
