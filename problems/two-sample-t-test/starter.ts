export function tTest(control: number[], treatment: number[], equalVar: boolean, alpha: number): { tStat: number; df: number; pValue: number; improvement: number; lift: number; significant: number } {
  // TODO: Student / Welch t statistic, degrees of freedom, two-sided p-value via the
  // regularized incomplete beta function, improvement, lift and the significance flag.
  return { tStat: 0, df: 0, pValue: 1, improvement: 0, lift: 0, significant: 0 };
}
