// Reference: plain float64 TypeScript (TF.js has no t distribution / incomplete beta).

function lnGamma(z: number): number {
  // Lanczos approximation (g = 7, n = 9), ~1e-15 relative accuracy for z > 0.
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
  ];
  if (z < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * z))) - lnGamma(1 - z);
  const x = z - 1;
  let a = c[0]!;
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

function betaCf(a: number, b: number, x: number): number {
  const FPMIN = 1e-300;
  const qab = a + b, qap = a + 1, qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < FPMIN) d = FPMIN;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 10000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d; if (Math.abs(d) < FPMIN) d = FPMIN;
    c = 1 + aa / c; if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d; h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d; if (Math.abs(d) < FPMIN) d = FPMIN;
    c = 1 + aa / c; if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  return h;
}

/** Regularized incomplete beta I_x(a, b); x1m = 1 − x supplied separately to avoid cancellation. */
function incBeta(x: number, x1m: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x1m <= 0) return 1;
  const lnFront = lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(x1m);
  if (x < (a + 1) / (a + b + 2)) return (Math.exp(lnFront) * betaCf(a, b, x)) / a;
  return 1 - (Math.exp(lnFront) * betaCf(b, a, x1m)) / b;
}

function meanVar(v: number[]): [number, number] {
  const n = v.length;
  let s = 0;
  for (const x of v) s += x;
  const m = s / n;
  let ss = 0;
  for (const x of v) ss += (x - m) * (x - m);
  return [m, ss / (n - 1)];
}

export function tTest(control: number[], treatment: number[], equalVar: boolean, alpha: number): { tStat: number; df: number; pValue: number; improvement: number; lift: number; significant: number } {
  const n1 = control.length, n2 = treatment.length;
  if (n1 < 2 || n2 < 2) throw new Error('each group needs at least 2 observations');
  const [m1, s1] = meanVar(control);
  const [m2, s2] = meanVar(treatment);
  let t: number, df: number;
  if (equalVar) {
    df = n1 + n2 - 2;
    const sp2 = ((n1 - 1) * s1 + (n2 - 1) * s2) / df;
    t = (m1 - m2) / Math.sqrt(sp2 * (1 / n1 + 1 / n2));
  } else {
    const v1 = s1 / n1, v2 = s2 / n2;
    t = (m1 - m2) / Math.sqrt(v1 + v2);
    df = (v1 + v2) * (v1 + v2) / ((v1 * v1) / (n1 - 1) + (v2 * v2) / (n2 - 1));
    if (Number.isNaN(df)) df = 1;
  }
  let p: number;
  if (Number.isNaN(t)) p = NaN;
  else if (!Number.isFinite(t)) p = 0;
  else {
    const t2 = t * t;
    p = incBeta(df / (df + t2), t2 / (df + t2), df / 2, 0.5);
    p = Math.min(1, Math.max(0, p));
  }
  const improvement = m2 - m1;
  return {
    tStat: t,
    df,
    pValue: p,
    improvement,
    lift: m1 !== 0 ? improvement / m1 : 0,
    significant: p < alpha ? 1 : 0,
  };
}
