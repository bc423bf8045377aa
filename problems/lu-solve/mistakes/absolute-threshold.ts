// expect: wrong_answer
// mistake: tests singularity against an absolute 1e-12 instead of one relative to the size of the entries
// caught-by: a singular matrix with large entries
export function luSolve(A: number[][], b: number[]): { x: number[]; det: number } {
  const n = A.length;
  if (n === 0 || A.some((r) => r.length !== n) || b.length !== n) throw new Error('A must be square and match b');
  if (![...A.flat(), ...b].every(Number.isFinite)) throw new Error('non-finite entry');
  const scale = Math.max(...A.flat().map(Math.abs));
  const M = A.map((row, i) => [...row, b[i]!]);
  let det = 1;
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(M[i]![k]!) > Math.abs(M[p]![k]!)) p = i;
    if (Math.abs(M[p]![k]!) <= 1e-12) return { x: new Array<number>(n).fill(NaN), det: 0 };
    if (p !== k) {
      [M[p], M[k]] = [M[k]!, M[p]!];
      det = -det;
    }
    det *= M[k]![k]!;
    for (let i = k + 1; i < n; i++) {
      const f = M[i]![k]! / M[k]![k]!;
      for (let j = k; j <= n; j++) M[i]![j] -= f * M[k]![j]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = M[i]![n]!;
    for (let j = i + 1; j < n; j++) s -= M[i]![j]! * x[j]!;
    x[i] = s / M[i]![i]!;
  }
  return { x, det };
}
