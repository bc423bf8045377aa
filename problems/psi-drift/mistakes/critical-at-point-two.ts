// expect: wrong_answer
// mistake: uses 0.2 as the significant-drift threshold (another source's band) instead of 0.25
// caught-by: drift between 0.2 and 0.25 is moderate
export function psi(expected: number[], actual: number[], buckets: number): { psi: number; level: number; expectedPct: number[]; actualPct: number[] } {
  if (!expected.length || !actual.length) throw new Error('empty sample');
  if (!(Number.isInteger(buckets) && buckets > 0)) throw new Error('bad buckets');
  const lo = Math.min(Math.min(...expected), Math.min(...actual));
  const hi = Math.max(Math.max(...expected), Math.max(...actual));
  if (lo === hi) {
    const p = new Array<number>(buckets).fill(1e-10);
    p[0] = 1 + 1e-10;
    return { psi: 0, level: 0, expectedPct: p, actualPct: [...p] };
  }
  const width = (hi - lo) / buckets;
  const edges: number[] = [];
  for (let i = 0; i < buckets; i++) edges.push(lo + i * width);
  edges.push(hi);
  const hist = (xs: number[]) => {
    const c = new Array<number>(buckets).fill(0);
    for (const x of xs) {
      let b = buckets - 1;
      for (let i = 1; i < buckets; i++) if (x < edges[i]!) { b = i - 1; break; }
      c[b]!++;
    }
    return c.map((k) => k / xs.length + 1e-10);
  };
  const e = hist(expected), a = hist(actual);
  let total = 0;
  for (let i = 0; i < buckets; i++) total += (a[i]! - e[i]!) * Math.log(a[i]! / e[i]!);
  const level = total >= 0.2 ? 2 : total >= 0.1 ? 1 : 0;
  return { psi: total, level, expectedPct: e, actualPct: a };
}
