export function dropout(x: number[][], u: number[][], p: number, training: boolean, dY: number[][]): { y: number[][]; dX: number[][] } {
  const f = (a: number[][]) =>
    a.map((row, i) => row.map((v, j) => {
      if (!training) return v;
      if (u[i][j] < p) return 0;
      return v / (1 - p);
    }));
  return { y: f(x), dX: f(dY) };
}
