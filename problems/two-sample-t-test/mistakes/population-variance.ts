// expect: wrong_answer
// mistake: uses the population variance (divide by n) instead of the unbiased sample variance
// caught-by: two observations each
export function tTest(control: number[], treatment: number[], equalVar: boolean, alpha: number): { tStat: number; df: number; pValue: number; improvement: number; lift: number; significant: number } {
  const n1 = control.length, n2 = treatment.length;
  if (n1 < 2 || n2 < 2) throw new Error('too small');
  const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
  const m1 = mean(control), m2 = mean(treatment);
  const var1 = control.reduce((s, v) => s + (v - m1) ** 2, 0) / n1;
  const var2 = treatment.reduce((s, v) => s + (v - m2) ** 2, 0) / n2;
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
  const p = Number.isNaN(t) ? NaN : !Number.isFinite(t) ? 0 : ibeta(df / (df + t * t), (t * t) / (df + t * t), df / 2, 0.5);
  return { tStat: t, df, pValue: p, improvement: m2 - m1, lift: m1 === 0 ? 0 : (m2 - m1) / m1, significant: p < alpha ? 1 : 0 };
}
function lg(x: number): number { let s = 0; while (x < 10) { s += Math.log(x); x += 1; } const x2 = 1 / (x * x); return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + (1 / 12 - x2 * (1 / 360 - x2 / 1260)) / x - s; }
function cf(a: number, b: number, x: number): number { let f = 1, C = 1, D = 0; for (let i = 0; i <= 5000; i++) { const m = Math.floor(i / 2); const num = i === 0 ? 1 : i % 2 === 0 ? (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m)) : -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1)); D = 1 + num * D; if (Math.abs(D) < 1e-300) D = 1e-300; D = 1 / D; C = 1 + num / C; if (Math.abs(C) < 1e-300) C = 1e-300; f *= C * D; if (Math.abs(1 - C * D) < 1e-15) break; } return f - 1; }
function ibeta(x: number, y: number, a: number, b: number): number { if (x === 0) return 0; if (y === 0) return 1; const l = lg(a + b) - lg(a) - lg(b) + a * Math.log(x) + b * Math.log(y); return x < (a + 1) / (a + b + 2) ? (Math.exp(l) * cf(a, b, x)) / a : 1 - (Math.exp(l) * cf(b, a, y)) / b; }
