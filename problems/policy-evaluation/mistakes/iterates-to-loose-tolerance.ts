// expect: wrong_answer
// mistake: iterative policy evaluation stopped when the values change by less than 1e-4, far from the exact solution when gamma is close to 1
// caught-by: gamma close to 1
export function policyEvaluation(P: number[][][], R: number[][], pi: number[][], gamma: number): number[] {
  const S = P.length;
  if (S === 0) throw new Error('no states');
  const A = P[0]!.length;
  if (A === 0 || R.length !== S || pi.length !== S) throw new Error('bad shapes');
  const sumsToOne = (row: number[]) => row.every((p) => p >= 0) && Math.abs(row.reduce((t, p) => t + p, 0) - 1) <= 1e-9;
  for (let s = 0; s < S; s++) {
    if (P[s]!.length !== A || R[s]!.length !== A || pi[s]!.length !== A) throw new Error('bad shapes');
    if (!sumsToOne(pi[s]!) || R[s]!.some((r) => !Number.isFinite(r))) throw new Error('bad policy or reward');
    for (const row of P[s]!) if (row.length !== S || !sumsToOne(row)) throw new Error('bad transition row');
  }
  if (!(gamma >= 0 && gamma < 1)) throw new Error('gamma must be in [0, 1)');
  let V = new Array<number>(S).fill(0);
  for (let sweep = 0; sweep < 100000; sweep++) {
    const next = V.map((_, s) => {
      let v = 0;
      for (let a = 0; a < A; a++) {
        let ev = 0;
        for (let t = 0; t < S; t++) ev += P[s]![a]![t]! * V[t]!;
        v += pi[s]![a]! * (R[s]![a]! + gamma * ev);
      }
      return v;
    });
    const delta = Math.max(...next.map((v, s) => Math.abs(v - V[s]!)));
    V = next;
    if (delta < 1e-4) break;
  }
  return V;
}
