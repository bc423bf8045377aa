// expect: wrong_answer
// mistake: classical Gram-Schmidt (projections of the original column), which loses orthogonality on nearly parallel columns
// caught-by: nearly parallel columns
export function qr(A: number[][]): { Q: number[][]; R: number[][] } {
  const m = A.length;
  if (m === 0) throw new Error('empty matrix');
  const n = A[0]!.length;
  if (n === 0 || A.some((r) => r.length !== n || r.some((v) => !Number.isFinite(v)))) throw new Error('bad matrix');
  if (m < n) throw new Error('need m >= n');
  const cols = Array.from({ length: n }, (_, j) => A.map((row) => row[j]!));
  const Q: number[][] = [];
  const R = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    const v = cols[j]!.slice();
    for (let k = 0; k < j; k++) {
      const d = Q[k]!.reduce((s, q, i) => s + q * cols[j]![i]!, 0);
      R[k]![j] = d;
      for (let i = 0; i < m; i++) v[i] -= d * Q[k]![i]!;
    }
    const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
    R[j]![j] = norm;
    Q.push(v.map((x) => x / norm));
  }
  return { Q: Array.from({ length: m }, (_, i) => Q.map((q) => q[i]!)), R };
}
