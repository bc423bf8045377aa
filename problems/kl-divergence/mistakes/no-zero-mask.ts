// expect: wrong_answer
// mistake: computes p·log(p/q) for every entry, so a zero in P gives 0·log 0 = NaN
// caught-by: zero in both
export function klDivergence(P: number[][], Q: number[][]): number[] {
  if (P.length !== Q.length) throw new Error('shape mismatch');
  for (const M of [P, Q]) for (const row of M) {
    if (row.some((v) => v < 0)) throw new Error('negative');
    if (Math.abs(row.reduce((a, b) => a + b, 0) - 1) > 1e-6) throw new Error('sum');
  }
  return P.map((p, i) => p.reduce((s, pj, j) => s + pj * Math.log(pj / Q[i]![j]!), 0));
}
