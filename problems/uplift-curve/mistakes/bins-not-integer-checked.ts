// expect: wrong_answer
// mistake: only checks nBins > 0, so a fractional number of bins yields fractional percentages instead of an error
// caught-by: fractional bins throws
export function upliftCurve(yTrue: number[], treatment: number[], scores: number[], nBins: number): { pcts: number[]; uplifts: number[] } {
  const n = yTrue.length;
  if (!n || treatment.length !== n || scores.length !== n) throw new Error('bad lengths');
  if (treatment.some((t) => t !== 0 && t !== 1)) throw new Error('binary treatment required');
  if (!(nBins > 0)) throw new Error('bad nBins');
  const idx = yTrue.map((_, i) => i);
  idx.sort((a, b) => (scores[a] === scores[b] ? a - b : scores[a]! > scores[b]! ? -1 : 1));
  const pcts: number[] = [], uplifts: number[] = [];
  for (let i = 1; i <= nBins; i++) {
    const k = Math.floor((i * n) / nBins);
    let nt = 0, nc = 0, st = 0, sc = 0;
    for (let j = 0; j < k; j++) {
      const r = idx[j]!;
      if (treatment[r] === 1) { nt++; st += yTrue[r]!; } else { nc++; sc += yTrue[r]!; }
    }
    pcts.push((100 * i) / nBins);
    uplifts.push(nt && nc ? st / nt - sc / nc : 0);
  }
  return { pcts, uplifts };
}
