// expect: wrong_answer
// mistake: indexes the transition matrix as P[s][a][t] for row t and column s (transposed), the usual row-versus-column slip
// caught-by: random 1
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
  // augmented system [I - gamma P_pi | r_pi]
  const M = Array.from({ length: S }, (_, s) => {
    const row = new Array<number>(S + 1).fill(0);
    row[s] = 1;
    for (let a = 0; a < A; a++) {
      row[S] += pi[s]![a]! * R[s]![a]!;
      for (let t = 0; t < S; t++) row[t] -= gamma * pi[t]![a]! * P[t]![a]![s]!;
    }
    return row;
  });
  for (let k = 0; k < S; k++) {
    let piv = k;
    for (let i = k + 1; i < S; i++) if (Math.abs(M[i]![k]!) > Math.abs(M[piv]![k]!)) piv = i;
    [M[k], M[piv]] = [M[piv]!, M[k]!];
    for (let i = k + 1; i < S; i++) {
      const f = M[i]![k]! / M[k]![k]!;
      for (let j = k; j <= S; j++) M[i]![j] -= f * M[k]![j]!;
    }
  }
  const V = new Array<number>(S).fill(0);
  for (let i = S - 1; i >= 0; i--) {
    let s = M[i]![S]!;
    for (let j = i + 1; j < S; j++) s -= M[i]![j]! * V[j]!;
    V[i] = s / M[i]![i]!;
  }
  return V;
}
