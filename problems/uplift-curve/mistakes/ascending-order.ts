// expect: wrong_answer
// mistake: sorts scores ascending, so the curve starts from the customers the model likes least
// caught-by: tied scores keep index order
export function upliftCurve(yTrue: number[], treatment: number[], scores: number[], nBins: number): { pcts: number[]; uplifts: number[] } {
  const n = yTrue.length;
  if (!n || treatment.length !== n || scores.length !== n) throw new Error('bad lengths');
  if (treatment.some((t) => t !== 0 && t !== 1)) throw new Error('binary treatment required');
  if (!(Number.isInteger(nBins) && nBins > 0)) throw new Error('bad nBins');
  const idx = yTrue.map((_, i) => i).sort((a, b) => scores[a]! - scores[b]! || a - b);
  const pcts: number[] = [], uplifts: number[] = [];
  for (let i = 1; i <= nBins; i++) {
    const top = idx.slice(0, Math.floor((i * n) / nBins));
    const yt = top.filter((r) => treatment[r] === 1).map((r) => yTrue[r]!);
    const yc = top.filter((r) => treatment[r] === 0).map((r) => yTrue[r]!);
    pcts.push((i / nBins) * 100);
    uplifts.push(yt.length && yc.length ? yt.reduce((a, b) => a + b, 0) / yt.length - yc.reduce((a, b) => a + b, 0) / yc.length : 0);
  }
  return { pcts, uplifts };
}
