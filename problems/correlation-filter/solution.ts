export function correlationPairs(X: number[][], threshold: number): { corr: number[][]; pairs: number[][] } {
  const n = X.length;
  if (n === 0) throw new Error('empty X');
  const p = X[0]!.length;
  if (p === 0 || X.some((r) => r.length !== p || r.some((v) => !Number.isFinite(v)))) throw new Error('bad X');
  if (!(threshold >= 0 && threshold < 1)) throw new Error('bad threshold');
  const cols = Array.from({ length: p }, (_, j) => {
    const c = X.map((r) => r[j]!);
    const mean = c.reduce((s, v) => s + v, 0) / n;
    return c.map((v) => v - mean);
  });
  const norms = cols.map((c) => Math.sqrt(c.reduce((s, v) => s + v * v, 0)));
  const corr = cols.map((ca, a) => cols.map((cb, b) => {
    if (norms[a] === 0 || norms[b] === 0) return NaN;
    if (a === b) return 1;
    const r = ca.reduce((s, v, i) => s + v * cb[i]!, 0) / (norms[a]! * norms[b]!);
    return Math.max(-1, Math.min(1, r));
  }));
  const pairs: number[][] = [];
  for (let a = 0; a < p; a++) for (let b = a + 1; b < p; b++) if (Math.abs(corr[a]![b]!) > threshold) pairs.push([a, b]);
  return { corr, pairs };
}
