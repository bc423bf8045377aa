// expect: wrong_answer
// mistake: uses the right-hand side [c; b] instead of [-c; b]
// caught-by: two constraints in three dimensions
export function eqConstrainedQp(Q: number[][], c: number[], A: number[][], b: number[]): { x: number[]; lambda: number[] } {
  const n = c.length, k = b.length;
  if (n === 0 || Q.length !== n || Q.some((r) => r.length !== n)) throw new Error('Q must be n x n');
  if (A.length !== k || A.some((r) => r.length !== n)) throw new Error('A must be k x n');
  const qmax = Math.max(...Q.map((r) => Math.max(...r.map(Math.abs))));
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (Math.abs(Q[i]![j]! - Q[j]![i]!) > 1e-9 * qmax) throw new Error('Q not symmetric');
  const N = n + k;
  const M: number[][] = [];
  for (let i = 0; i < n; i++) M.push([...Q[i]!, ...A.map((row) => row[i]!), c[i]!]);
  for (let j = 0; j < k; j++) M.push([...A[j]!, ...new Array<number>(k).fill(0), b[j]!]);
  const scale = Math.max(...M.map((r) => Math.max(...r.slice(0, N).map(Math.abs))));
  for (let col = 0; col < N; col++) {
    let piv = col;
    for (let r = col + 1; r < N; r++) if (Math.abs(M[r]![col]!) > Math.abs(M[piv]![col]!)) piv = r;
    [M[col], M[piv]] = [M[piv]!, M[col]!];
    if (Math.abs(M[col]![col]!) <= 1e-10 * scale) throw new Error('singular KKT system');
    for (let r = col + 1; r < N; r++) {
      const f = M[r]![col]! / M[col]![col]!;
      if (f !== 0) for (let s = col; s <= N; s++) M[r]![s] -= f * M[col]![s]!;
    }
  }
  const sol = new Array<number>(N).fill(0);
  for (let r = N - 1; r >= 0; r--) {
    let s = M[r]![N]!;
    for (let t = r + 1; t < N; t++) s -= M[r]![t]! * sol[t]!;
    sol[r] = s / M[r]![r]!;
  }
  return { x: sol.slice(0, n), lambda: sol.slice(n) };
}
