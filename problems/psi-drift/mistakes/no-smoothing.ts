// expect: wrong_answer
// mistake: no 1e-10 smoothing, so an empty bin gives ln(0) and the PSI becomes Infinity or NaN
// caught-by: production outside the baseline range
export function psi(expected: number[], actual: number[], buckets: number): { psi: number; level: number; expectedPct: number[]; actualPct: number[] } {
  if (!expected.length || !actual.length) throw new Error('empty sample');
  if (!(Number.isInteger(buckets) && buckets > 0)) throw new Error('bad buckets');
  const lo = Math.min(...expected, ...actual), hi = Math.max(...expected, ...actual);
  if (lo === hi) {
    const p = new Array<number>(buckets).fill(1e-10); p[0] = 1 + 1e-10;
    return { psi: 0, level: 0, expectedPct: p, actualPct: [...p] };
  }
  const width = (hi - lo) / buckets;
  const edges = Array.from({ length: buckets + 1 }, (_, i) => (i === buckets ? hi : lo + i * width));
  const hist = (xs: number[]) => {
    const c = new Array<number>(buckets).fill(0);
    for (const x of xs) { let b = 0; while (b < buckets - 1 && x >= edges[b + 1]!) b++; c[b]!++; }
    return c.map((k) => k / xs.length);
  };
  const e = hist(expected), a = hist(actual);
  let total = 0;
  for (let i = 0; i < buckets; i++) total += (a[i]! - e[i]!) * Math.log(a[i]! / e[i]!);
  return { psi: total, level: total >= 0.25 ? 2 : total >= 0.1 ? 1 : 0, expectedPct: e.map((v) => v + 1e-10), actualPct: a.map((v) => v + 1e-10) };
}
