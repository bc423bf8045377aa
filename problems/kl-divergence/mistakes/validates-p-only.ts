// expect: wrong_answer
// mistake: checks that the rows of P are distributions but not those of Q
// caught-by: a Q row not summing to one throws
export function klDivergence(P: number[][], Q: number[][]): number[] {
  if (P.length !== Q.length) throw new Error('shape mismatch');
  const k = P.length ? P[0]!.length : 0;
  const check = (row: number[]) => {
    if (row.length !== k) throw new Error('shape mismatch');
    let s = 0;
    for (const v of row) { if (Number.isNaN(v) || v < 0) throw new Error('negative entry'); s += v; }
    if (Math.abs(s - 1) > 1e-6) throw new Error('row does not sum to one');
  };
  P.forEach(check);
  return P.map((p, i) => {
    let d = 0;
    for (let j = 0; j < k; j++) {
      const pj = p[j]!, qj = Q[i]![j]!;
      if (pj === 0) continue;
      if (qj === 0) return Infinity;
      d += pj * Math.log(pj / qj);
    }
    return d;
  });
}
