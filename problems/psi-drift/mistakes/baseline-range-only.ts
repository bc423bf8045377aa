// expect: wrong_answer
// mistake: takes the bin range from the baseline sample only, silently dropping production values outside it
// caught-by: production outside the baseline range
export function psi(expected: number[], actual: number[], buckets: number): { psi: number; level: number; expectedPct: number[]; actualPct: number[] } {
  if (!expected.length || !actual.length) throw new Error('empty sample');
  if (!(Number.isInteger(buckets) && buckets > 0)) throw new Error('bad buckets');
  const lo = Math.min(...expected), hi = Math.max(...expected);
  if (lo === hi) {
    const p = new Array<number>(buckets).fill(1e-10); p[0] = 1 + 1e-10;
    return { psi: 0, level: 0, expectedPct: p, actualPct: [...p] };
  }
  const width = (hi - lo) / buckets;
  const hist = (xs: number[]) => {
    const c = new Array<number>(buckets).fill(0);
    for (const x of xs) {
      if (x < lo || x > hi) continue;
      c[Math.min(buckets - 1, Math.floor((x - lo) / width))]!++;
    }
    return c.map((k) => k / xs.length + 1e-10);
  };
  const e = hist(expected), a = hist(actual);
  let total = 0;
  for (let i = 0; i < buckets; i++) total += (a[i]! - e[i]!) * Math.log(a[i]! / e[i]!);
  return { psi: total, level: total >= 0.25 ? 2 : total >= 0.1 ? 1 : 0, expectedPct: e, actualPct: a };
}
