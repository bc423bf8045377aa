/** Finite Markov decision processes as plain arrays, shared by the reinforcement-learning references. */

/** Validates an MDP given as P[s][a][s′] and R[s][a]; returns the number of states and actions. */
export function validateMdp(P: number[][][], R: number[][]): { S: number; A: number } {
  const S = P.length;
  if (S === 0) throw new Error('the MDP needs at least one state');
  const A = P[0]!.length;
  if (A === 0) throw new Error('every state needs at least one action');
  if (R.length !== S || R.some((row) => row.length !== A)) throw new Error('R must be S×A');
  for (const [s, actions] of P.entries()) {
    if (actions.length !== A) throw new Error(`P[${s}] must have ${A} actions`);
    for (const [a, row] of actions.entries()) {
      if (row.length !== S) throw new Error(`P[${s}][${a}] must have ${S} entries`);
      if (row.some((p) => !(p >= 0))) throw new Error(`P[${s}][${a}] has a negative or NaN probability`);
      const total = row.reduce((t, p) => t + p, 0);
      if (Math.abs(total - 1) > 1e-9) throw new Error(`P[${s}][${a}] sums to ${total}, not 1`);
    }
  }
  if (R.some((row) => row.some((r) => !Number.isFinite(r)))) throw new Error('rewards must be finite');
  return { S, A };
}
