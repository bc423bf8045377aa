export function luSolve(A: number[][], b: number[]): { x: number[]; det: number } {
  // TODO: eliminate with partial pivoting, track the swaps for the sign of det, then back-substitute
  return { x: b.map(() => 0), det: 1 };
}
