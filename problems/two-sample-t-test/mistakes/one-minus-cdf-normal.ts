// expect: wrong_answer
// mistake: approximates the t distribution by a standard normal (p = 2·(1 − Φ(|t|))), wrong for small df and cancels to 0 for large |t|
// caught-by: two observations each
export function tTest(control: number[], treatment: number[], equalVar: boolean, alpha: number): { tStat: number; df: number; pValue: number; improvement: number; lift: number; significant: number } {
  const n1 = control.length, n2 = treatment.length;
  if (n1 < 2 || n2 < 2) throw new Error('too small');
  const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
  const m1 = mean(control), m2 = mean(treatment);
  const var1 = control.reduce((s, v) => s + (v - m1) ** 2, 0) / (n1 - 1);
  const var2 = treatment.reduce((s, v) => s + (v - m2) ** 2, 0) / (n2 - 1);
  let t: number, df: number;
  if (equalVar) {
    df = n1 + n2 - 2;
    t = (m1 - m2) / Math.sqrt((((n1 - 1) * var1 + (n2 - 1) * var2) / df) * (1 / n1 + 1 / n2));
  } else {
    const a = var1 / n1, b = var2 / n2;
    t = (m1 - m2) / Math.sqrt(a + b);
    const den = (a * a) / (n1 - 1) + (b * b) / (n2 - 1);
    df = den === 0 ? 1 : (a + b) ** 2 / den;
  }
  const p = Number.isNaN(t) ? NaN : 2 * (1 - phi(Math.abs(t)));
  return { tStat: t, df, pValue: p, improvement: m2 - m1, lift: m1 === 0 ? 0 : (m2 - m1) / m1, significant: p < alpha ? 1 : 0 };
}
function phi(z: number): number {
  // Abramowitz–Stegun 7.1.26 erf
  const x = z / Math.SQRT2, s = x < 0 ? -1 : 1, ax = Math.abs(x);
  const k = 1 / (1 + 0.3275911 * ax);
  const y = 1 - (((((1.061405429 * k - 1.453152027) * k) + 1.421413741) * k - 0.284496736) * k + 0.254829592) * k * Math.exp(-ax * ax);
  return 0.5 * (1 + s * y);
}
