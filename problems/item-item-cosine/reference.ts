// Reference: plain float64 TypeScript (the top-k ranking is a discrete decision).
export function itemItemTopK(R: number[][], k: number): { similarity: number[][]; topK: number[][] } {
  const U = R.length;
  if (U === 0) throw new Error('R must have at least one user');
  const I = R[0]!.length;
  if (I === 0 || R.some((row) => row.length !== I)) throw new Error('every row of R must have the same, non-zero number of items');
  if (R.some((row) => row.some((v) => !Number.isFinite(v)))) throw new Error('interactions must be finite');
  if (!Number.isInteger(k) || k < 0) throw new Error('k must be a non-negative integer');
  const norms = Array.from({ length: I }, (_, j) => Math.sqrt(R.reduce((s, row) => s + row[j]! ** 2, 0)));
  const similarity = Array.from({ length: I }, (_, a) => Array.from({ length: I }, (_, b) => {
    if (a === b || norms[a] === 0 || norms[b] === 0) return 0;
    const dot = R.reduce((s, row) => s + row[a]! * row[b]!, 0);
    return dot / (norms[a]! * norms[b]!);
  }));
  const topK = similarity.map((row, a) => row
    .map((s, b) => ({ s, b }))
    .filter(({ b }) => b !== a)
    .sort((x, y) => y.s - x.s || x.b - y.b)
    .slice(0, k)
    .map(({ b }) => b));
  return { similarity, topK };
}
