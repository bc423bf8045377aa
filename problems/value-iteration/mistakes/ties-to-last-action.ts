// expect: wrong_answer
// mistake: breaks ties towards the last action (>= instead of >)
// caught-by: tied actions pick the lowest
export function valueIteration(P: number[][][], R: number[][], gamma: number, tol: number): { V: number[]; policy: number[]; iterations: number } {
  const S = P.length;
  if (S === 0) throw new Error('no states');
  const A = P[0]!.length;
  if (A === 0 || R.length !== S) throw new Error('bad shapes');
  for (let s = 0; s < S; s++) {
    if (P[s]!.length !== A || R[s]!.length !== A) throw new Error('bad shapes');
    for (let a = 0; a < A; a++) {
      const row = P[s]![a]!;
      if (row.length !== S || row.some((p) => !(p >= 0))) throw new Error('bad probabilities');
      if (Math.abs(row.reduce((t, p) => t + p, 0) - 1) > 1e-9) throw new Error('row does not sum to 1');
      if (!Number.isFinite(R[s]![a]!)) throw new Error('bad reward');
    }
  }
  if (!(gamma >= 0 && gamma < 1) || !(tol > 0)) throw new Error('bad gamma or tol');
  const q = (V: number[], s: number, a: number) => {
    let ev = 0;
    for (let t = 0; t < S; t++) ev += P[s]![a]![t]! * V[t]!;
    return R[s]![a]! + gamma * ev;
  };
  let V = new Array<number>(S).fill(0);
  let iterations = 0;
  while (true) {
    const next = V.map((_, s) => {
      let best = -Infinity;
      for (let a = 0; a < A; a++) best = Math.max(best, q(V, s, a));
      return best;
    });
    iterations++;
    let delta = 0;
    for (let s = 0; s < S; s++) delta = Math.max(delta, Math.abs(next[s]! - V[s]!));
    V = next;
    if (delta < tol) break;
  }
  const policy = V.map((_, s) => {
    let best = 0;
    for (let a = 1; a < A; a++) if (q(V, s, a) >= q(V, s, best)) best = a;
    return best;
  });
  return { V, policy, iterations };
}
