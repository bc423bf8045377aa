// expect: wrong_answer
// mistake: derives the p-value from the t CDF, p = 2·(1 − F(|t|)), which cancels to 0 for large |t| although the statement asks for the tail directly
// caught-by: very large |t| (tiny p-value)
function logGamma(x: number): number {
  // shift up to x >= 10, then Stirling series
  let shift = 0;
  while (x < 10) { shift += Math.log(x); x += 1; }
  const x2 = 1 / (x * x);
  const series = (1 / 12 - x2 * (1 / 360 - x2 * (1 / 1260 - x2 * (1 / 1680 - x2 / 1188)))) / x;
  return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + series - shift;
}

// Lentz evaluation of the continued fraction for I_x(a,b)
function contFrac(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let f = 1, C = 1, D = 0;
  for (let i = 0; i <= 5000; i++) {
    const m = Math.floor(i / 2);
    let num: number;
    if (i === 0) num = 1;
    else if (i % 2 === 0) num = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
    else num = -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
    D = 1 + num * D; if (Math.abs(D) < tiny) D = tiny; D = 1 / D;
    C = 1 + num / C; if (Math.abs(C) < tiny) C = tiny;
    const cd = C * D;
    f *= cd;
    if (Math.abs(1 - cd) < 1e-15) break;
  }
  return f - 1;
}

function regIncBeta(x: number, y: number, a: number, b: number): number {
  // y = 1 - x
  if (x === 0) return 0;
  if (y === 0) return 1;
  const lbt = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(y);
  if (x < (a + 1) / (a + b + 2)) return Math.exp(lbt) * contFrac(a, b, x) / a;
  return 1 - Math.exp(lbt) * contFrac(b, a, y) / b;
}

export function tTest(control: number[], treatment: number[], equalVar: boolean, alpha: number): { tStat: number; df: number; pValue: number; improvement: number; lift: number; significant: number } {
  const n1 = control.length, n2 = treatment.length;
  if (n1 < 2 || n2 < 2) throw new Error('need at least two observations per group');
  const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
  const m1 = mean(control), m2 = mean(treatment);
  const var1 = control.reduce((s, v) => s + (v - m1) ** 2, 0) / (n1 - 1);
  const var2 = treatment.reduce((s, v) => s + (v - m2) ** 2, 0) / (n2 - 1);
  let t: number, df: number;
  if (equalVar) {
    df = n1 + n2 - 2;
    const pooled = ((n1 - 1) * var1 + (n2 - 1) * var2) / df;
    t = (m1 - m2) / (Math.sqrt(pooled) * Math.sqrt(1 / n1 + 1 / n2));
  } else {
    const a = var1 / n1, b = var2 / n2;
    t = (m1 - m2) / Math.sqrt(a + b);
    const den = (a * a) / (n1 - 1) + (b * b) / (n2 - 1);
    df = den === 0 ? 1 : (a + b) ** 2 / den;
  }
  let p: number;
  if (Number.isNaN(t)) p = NaN;
  else if (t === Infinity || t === -Infinity) p = 0;
  else {
    const cdf = 1 - 0.5 * regIncBeta(df / (df + t * t), (t * t) / (df + t * t), df / 2, 0.5);
    p = Math.min(1, Math.max(0, 2 * (1 - cdf)));
  }
  return {
    tStat: t,
    df,
    pValue: p,
    improvement: m2 - m1,
    lift: m1 === 0 ? 0 : (m2 - m1) / m1,
    significant: p < alpha ? 1 : 0,
  };
}
