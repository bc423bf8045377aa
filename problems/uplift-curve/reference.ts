// Reference: plain float64 TypeScript.
export function upliftCurve(yTrue: number[], treatment: number[], scores: number[], nBins: number): { pcts: number[]; uplifts: number[] } {
  const n = yTrue.length;
  if (n === 0 || treatment.length !== n || scores.length !== n) throw new Error('arrays must be non-empty and of equal length');
  if (treatment.some((t) => t !== 0 && t !== 1)) throw new Error('treatment must be 0 or 1');
  if (!Number.isInteger(nBins) || nBins < 1) throw new Error('nBins must be a positive integer');
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  // prefix sums over the sorted order
  const cT = [0], cC = [0], sT = [0], sC = [0];
  for (const i of order) {
    const t = treatment[i]!;
    cT.push(cT[cT.length - 1]! + t);
    cC.push(cC[cC.length - 1]! + 1 - t);
    sT.push(sT[sT.length - 1]! + (t ? yTrue[i]! : 0));
    sC.push(sC[sC.length - 1]! + (t ? 0 : yTrue[i]!));
  }
  const pcts: number[] = [], uplifts: number[] = [];
  for (let b = 1; b <= nBins; b++) {
    const k = Math.floor((b * n) / nBins);
    pcts.push((b / nBins) * 100);
    uplifts.push(cT[k]! > 0 && cC[k]! > 0 ? sT[k]! / cT[k]! - sC[k]! / cC[k]! : 0);
  }
  return { pcts, uplifts };
}
