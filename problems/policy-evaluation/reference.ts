// Reference: plain float64 TypeScript, (I − γP_π)V = R_π solved with the kit's pivoted LU.
import { solve } from '../../grader/reference-kit/linalg.ts';
import { validateMdp } from '../../grader/reference-kit/mdp.ts';

export function policyEvaluation(P: number[][][], R: number[][], pi: number[][], gamma: number): number[] {
  const { S, A } = validateMdp(P, R);
  if (pi.length !== S || pi.some((row) => row.length !== A)) throw new Error('pi must be S×A');
  for (const [s, row] of pi.entries()) {
    if (row.some((p) => !(p >= 0))) throw new Error(`pi[${s}] has a negative or NaN probability`);
    if (Math.abs(row.reduce((t, p) => t + p, 0) - 1) > 1e-9) throw new Error(`pi[${s}] does not sum to 1`);
  }
  if (!(gamma >= 0 && gamma < 1)) throw new Error('gamma must lie in [0, 1)');
  const M = Array.from({ length: S }, (_, s) => Array.from({ length: S }, (_, s2) => {
    const transition = pi[s]!.reduce((t, p, a) => t + p * P[s]![a]![s2]!, 0);
    return (s === s2 ? 1 : 0) - gamma * transition;
  }));
  const rPi = pi.map((row, s) => row.reduce((t, p, a) => t + p * R[s]![a]!, 0));
  return solve(M, rPi);
}
