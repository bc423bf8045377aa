// Reference: plain float64 TypeScript, row echelon form by Gaussian elimination with partial pivoting.
/** The rank plus, for test generation, how close any pivot decision came to the tolerance (as a ratio ≥ 1). */
export function rankTrace(A: number[][], tol?: number): { rank: number; margin: number } {
  const m = A.length;
  if (m === 0) throw new Error('A must have at least one row');
  const n = A[0]!.length;
  if (n === 0 || A.some((row) => row.length !== n)) throw new Error('every row of A must have the same, non-zero length');
  if (A.some((row) => row.some((v) => !Number.isFinite(v)))) throw new Error('entries must be finite');
  if (tol !== undefined && tol !== null && !(tol >= 0 && Number.isFinite(tol))) throw new Error('tol must be a finite number >= 0');
  const W = A.map((row) => row.slice());
  let maxAbs = 0;
  for (const row of W) for (const v of row) maxAbs = Math.max(maxAbs, Math.abs(v));
  const threshold = tol ?? Math.max(m, n) * Number.EPSILON * maxAbs;
  let rank = 0;
  let margin = Number.POSITIVE_INFINITY;
  for (let c = 0; c < n && rank < m; c++) {
    let p = rank;
    for (let i = rank + 1; i < m; i++) if (Math.abs(W[i]![c]!) > Math.abs(W[p]![c]!)) p = i;
    const pivot = Math.abs(W[p]![c]!);
    if (pivot !== 0) margin = Math.min(margin, pivot > threshold ? pivot / threshold : threshold / pivot);
    if (!(pivot > threshold)) continue; // no pivot in this column: the row stays
    [W[p], W[rank]] = [W[rank]!, W[p]!];
    for (let i = rank + 1; i < m; i++) {
      const f = W[i]![c]! / W[rank]![c]!;
      for (let j = c; j < n; j++) W[i]![j] = W[i]![j]! - f * W[rank]![j]!;
    }
    rank += 1;
  }
  return { rank, margin };
}

export function matrixRank(A: number[][], tol?: number): number {
  return rankTrace(A, tol).rank;
}
