export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number): { z: number; pValue: number } {
  // TODO: pooled standard error, z statistic (A minus B), two-sided p-value via a hand-written erf
  return { z: 0, pValue: 1 };
}
