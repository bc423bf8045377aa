// Reference: plain float64 TypeScript, two-pass (centred) sums so large offsets do not cancel.
export function correlationPairs(X: number[][], threshold: number): { corr: number[][]; pairs: number[][] } {
  const n = X.length;
  if (n === 0) throw new Error('X must have at least one row');
  const p = X[0]!.length;
  if (p === 0 || X.some((row) => row.length !== p)) throw new Error('every row of X must have the same, non-zero length');
  if (X.some((row) => row.some((v) => !Number.isFinite(v)))) throw new Error('values must be finite');
  if (!(threshold >= 0 && threshold < 1)) throw new Error('threshold must lie in [0, 1)');
  const means = Array.from({ length: p }, (_, j) => X.reduce((s, row) => s + row[j]!, 0) / n);
  const centred = X.map((row) => row.map((v, j) => v - means[j]!));
  const ss = Array.from({ length: p }, (_, j) => centred.reduce((s, row) => s + row[j]! ** 2, 0));
  const corr = Array.from({ length: p }, (_, a) => Array.from({ length: p }, (_, b) => {
    if (ss[a] === 0 || ss[b] === 0) return Number.NaN;
    if (a === b) return 1;
    const r = centred.reduce((s, row) => s + row[a]! * row[b]!, 0) / Math.sqrt(ss[a]! * ss[b]!);
    return Math.min(1, Math.max(-1, r));
  }));
  const pairs: number[][] = [];
  for (let a = 0; a < p; a++) for (let b = a + 1; b < p; b++) if (Math.abs(corr[a]![b]!) > threshold) pairs.push([a, b]);
  return { corr, pairs };
}
