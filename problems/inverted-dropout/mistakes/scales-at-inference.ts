// expect: wrong_answer
// mistake: also rescales (and masks) at inference time instead of returning the identity
// caught-by: inference ignores u and p
export function dropout(x: number[][], u: number[][], p: number, training: boolean, dY: number[][]): { y: number[][]; dX: number[][] } {
  const f = (a: number[][]) => a.map((row, i) => row.map((v, j) => (p === 1 ? 0 : u[i][j] >= p ? v / (1 - p) : 0)));
  return { y: f(x), dX: f(dY) };
}
