export function upliftCurve(yTrue: number[], treatment: number[], scores: number[], nBins: number): { pcts: number[]; uplifts: number[] } {
  // TODO: stable descending sort, cut points floor(i*n/B), treated-minus-control mean in each prefix
  return { pcts: [], uplifts: [] };
}
