// expect: wrong_answer
// mistake: uses raw sums (sum xy - n mean_x mean_y), which cancel catastrophically for values near 1e6
// caught-by: features near a million
export function correlationPairs(X: number[][], threshold: number): { corr: number[][]; pairs: number[][] } {
  const n = X.length;
  if (n === 0) throw new Error('empty X');
  const p = X[0]!.length;
  if (p === 0 || X.some((r) => r.length !== p || r.some((v) => !Number.isFinite(v)))) throw new Error('bad X');
  if (!(threshold >= 0 && threshold < 1)) throw new Error('bad threshold');
  const cols = Array.from({ length: p }, (_, j) => X.map((r) => r[j]!));
  const means = cols.map((c) => c.reduce((s, v) => s + v, 0) / n);
  const cov = (a: number, b: number) => cols[a]!.reduce((s, v, i) => s + v * cols[b]![i]!, 0) - n * means[a]! * means[b]!;
  const norms = cols.map((_, a) => Math.sqrt(Math.max(cov(a, a), 0)));
  const corr = cols.map((_, a) => cols.map((__, b) => {
    if (norms[a] === 0 || norms[b] === 0) return NaN;
    if (a === b) return 1;
    const r = cov(a, b) / (norms[a]! * norms[b]!);
    return Math.max(-1, Math.min(1, r));
  }));
  const pairs: number[][] = [];
  for (let a = 0; a < p; a++) for (let b = a + 1; b < p; b++) if (Math.abs(corr[a]![b]!) > threshold) pairs.push([a, b]);
  return { corr, pairs };
}
