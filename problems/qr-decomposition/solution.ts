export function qr(A: number[][]): { Q: number[][]; R: number[][] } {
  const m = A.length;
  if (m === 0) throw new Error('empty matrix');
  const n = A[0]!.length;
  if (n === 0 || A.some((r) => r.length !== n || r.some((v) => !Number.isFinite(v)))) throw new Error('bad matrix');
  if (m < n) throw new Error('need m >= n');
  // modified Gram-Schmidt on the columns, re-orthogonalised once ("twice is enough")
  const cols = Array.from({ length: n }, (_, j) => A.map((row) => row[j]!));
  const Q: number[][] = [];
  const R = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    const v = cols[j]!.slice();
    for (let pass = 0; pass < 2; pass++) {
      for (let k = 0; k < j; k++) {
        let d = 0;
        for (let i = 0; i < m; i++) d += Q[k]![i]! * v[i]!;
        R[k]![j] += d;
        for (let i = 0; i < m; i++) v[i] -= d * Q[k]![i]!;
      }
    }
    const colNorm = Math.sqrt(cols[j]!.reduce((s, x) => s + x * x, 0));
    let norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
    if (norm <= 1e-12 * colNorm || norm === 0) {
      // dependent column: R[j][j] = 0 and any unit vector orthogonal to the previous ones
      R[j]![j] = 0;
      for (let e = 0; e < m; e++) {
        const u = Array.from({ length: m }, (_, i) => (i === e ? 1 : 0));
        for (let pass = 0; pass < 2; pass++) {
          for (let k = 0; k < j; k++) {
            let d = 0;
            for (let i = 0; i < m; i++) d += Q[k]![i]! * u[i]!;
            for (let i = 0; i < m; i++) u[i] -= d * Q[k]![i]!;
          }
        }
        norm = Math.sqrt(u.reduce((s, x) => s + x * x, 0));
        if (norm > 0.5) {
          Q.push(u.map((x) => x / norm));
          break;
        }
      }
      continue;
    }
    R[j]![j] = norm;
    Q.push(v.map((x) => x / norm));
  }
  return { Q: Array.from({ length: m }, (_, i) => Q.map((q) => q[i]!)), R };
}
