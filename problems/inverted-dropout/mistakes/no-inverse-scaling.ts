// expect: wrong_answer
// mistake: classic (non-inverted) dropout in training: multiplies by the mask but never rescales by 1/(1-p)
// caught-by: u equal to p keeps the unit
export function dropout(x: number[][], u: number[][], p: number, training: boolean, dY: number[][]): { y: number[][]; dX: number[][] } {
  const f = (a: number[][]) => a.map((row, i) => row.map((v, j) => (!training ? v : u[i][j] >= p ? v : 0)));
  return { y: f(x), dX: f(dY) };
}
