// expect: wrong_answer
// mistake: matches without replacement (a control used once is no longer available), so later treated units get worse partners
// caught-by: one control matched many times
export function psmAtt(ps: number[], treatment: number[], y: number[], caliper: number): { att: number; matches: number[] } {
  const n = ps.length;
  if (n === 0 || treatment.length !== n || y.length !== n) throw new Error('length mismatch');
  if (!(caliper >= 0)) throw new Error('caliper must be >= 0');
  const T: number[] = [], C: number[] = [];
  for (let i = 0; i < n; i++) {
    if (treatment[i] !== 0 && treatment[i] !== 1) throw new Error('treatment must be 0/1');
    if (!(ps[i]! >= 0 && ps[i]! <= 1)) throw new Error('propensity out of range');
    if (!Number.isFinite(y[i]!)) throw new Error('bad outcome');
    (treatment[i] === 1 ? T : C).push(i);
  }
  if (T.length === 0 || C.length === 0) throw new Error('need treated and control units');
  const used = new Set<number>();
  const matches = T.map((i) => {
    let m = -1;
    for (const j of C) {
      if (used.has(j)) continue;
      const d = Math.abs(ps[i]! - ps[j]!);
      if (d > caliper) continue;
      if (m === -1 || d < Math.abs(ps[i]! - ps[m]!)) m = j;
    }
    if (m >= 0) used.add(m);
    return m;
  });
  let total = 0, count = 0;
  T.forEach((i, k) => {
    if (matches[k]! >= 0) { total += y[i]! - y[matches[k]!]!; count++; }
  });
  return { att: count ? total / count : NaN, matches };
}
