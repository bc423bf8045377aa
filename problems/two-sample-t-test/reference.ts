// Reference: plain float64 TypeScript (TF.js has no t distribution / incomplete beta).
import { studentTTwoSided } from '../../grader/reference-kit/stats.ts';

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
  else p = studentTTwoSided(t, df);
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
