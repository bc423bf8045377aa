// expect: wrong_answer
// mistake: uses an absolute default tolerance of 1e-10, so a matrix of tiny entries looks like the zero matrix
// caught-by: tiny entries are not zero
export function matrixRank(A: number[][], tol?: number): number {
  const m = A.length;
  if (m === 0) throw new Error('empty matrix');
  const n = A[0]!.length;
  if (n === 0 || A.some((r) => r.length !== n || r.some((v) => !Number.isFinite(v)))) throw new Error('bad matrix');
  if (tol != null && !(tol >= 0 && Number.isFinite(tol))) throw new Error('bad tol');
  const M = A.map((r) => [...r]);
  const biggest = Math.max(...M.map((r) => Math.max(...r.map(Math.abs))));
  const eps = tol ?? 1e-10;
  let row = 0;
  for (let col = 0; col < n && row < m; col++) {
    let best = row;
    for (let i = row + 1; i < m; i++) if (Math.abs(M[i]![col]!) > Math.abs(M[best]![col]!)) best = i;
    if (Math.abs(M[best]![col]!) <= eps) continue;
    [M[row], M[best]] = [M[best]!, M[row]!];
    for (let i = row + 1; i < m; i++) {
      const f = M[i]![col]! / M[row]![col]!;
      for (let j = col; j < n; j++) M[i]![j] -= f * M[row]![j]!;
    }
    row++;
  }
  return row;
}
