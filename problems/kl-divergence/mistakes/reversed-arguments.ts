// expect: wrong_answer
// mistake: computes D_KL(Q‖P), weighting the log-ratio by Q instead of P
// caught-by: zero in Q where P is positive
export function klDivergence(P: number[][], Q: number[][]): number[] {
  if (P.length !== Q.length) throw new Error('shape mismatch');
  for (const M of [P, Q]) for (const row of M) {
    if (row.some((v) => v < 0)) throw new Error('negative');
    if (Math.abs(row.reduce((a, b) => a + b, 0) - 1) > 1e-6) throw new Error('sum');
  }
  return Q.map((q, i) => {
    let d = 0;
    for (let j = 0; j < q.length; j++) {
      const qj = q[j]!, pj = P[i]![j]!;
      if (qj === 0) continue;
      if (pj === 0) return Infinity;
      d += qj * Math.log(qj / pj);
    }
    return d;
  });
}
