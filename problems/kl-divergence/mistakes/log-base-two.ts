// expect: wrong_answer
// mistake: reports bits (log base 2) although the problem asks for nats
// caught-by: asymmetry forward
export function klDivergence(P: number[][], Q: number[][]): number[] {
  if (P.length !== Q.length) throw new Error('shape mismatch');
  for (const M of [P, Q]) for (const row of M) {
    if (row.some((v) => v < 0)) throw new Error('negative');
    if (Math.abs(row.reduce((a, b) => a + b, 0) - 1) > 1e-6) throw new Error('sum');
  }
  return P.map((p, i) => {
    let d = 0;
    for (let j = 0; j < p.length; j++) {
      const pj = p[j]!, qj = Q[i]![j]!;
      if (pj === 0) continue;
      if (qj === 0) return Infinity;
      d += pj * Math.log2(pj / qj);
    }
    return d;
  });
}
