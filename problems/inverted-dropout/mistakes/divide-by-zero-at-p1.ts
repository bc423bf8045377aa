// expect: wrong_answer
// mistake: computes x * mask / (1 - p) literally, which is 0/0 = NaN when p = 1
// caught-by: p = 1 drops everything
export function dropout(x: number[][], u: number[][], p: number, training: boolean, dY: number[][]): { y: number[][]; dX: number[][] } {
  const f = (a: number[][]) => a.map((row, i) => row.map((v, j) => (!training ? v : (v * (u[i][j] >= p ? 1 : 0)) / (1 - p))));
  return { y: f(x), dX: f(dY) };
}
