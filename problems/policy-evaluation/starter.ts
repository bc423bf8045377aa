export function policyEvaluation(P: number[][][], R: number[][], pi: number[][], gamma: number): number[] {
  // TODO: build P_pi and r_pi, then solve (I - gamma P_pi) V = r_pi
  return P.map(() => 0);
}
