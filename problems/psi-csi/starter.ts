export function stabilityIndex(expected: number[][], actual: number[][], nBins: number): { psi: number[]; alert: number[] } {
  // TODO: per feature, quantile edges from the baseline, floored bin proportions, PSI = Σ (A − E) ln(A/E), alert levels
  const d = expected[0]?.length ?? 0;
  return { psi: new Array<number>(d).fill(0), alert: new Array<number>(d).fill(0) };
}
