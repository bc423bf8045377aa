// expect: wrong_answer
// mistake: treats p as the keep probability: keeps where u < p and scales by 1/p
// caught-by: u equal to p keeps the unit
export function dropout(x: number[][], u: number[][], p: number, training: boolean, dY: number[][]): { y: number[][]; dX: number[][] } {
  const f = (a: number[][]) => a.map((row, i) => row.map((v, j) => (!training ? v : u[i][j] < p ? v / p : 0)));
  return { y: f(x), dX: f(dY) };
}
