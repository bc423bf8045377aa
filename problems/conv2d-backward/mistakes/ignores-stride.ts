// expect: wrong_answer
// mistake: places window (i, j) at input offset (i + u, j + v), forgetting to multiply the output position by the stride
// caught-by: stride 2 leaves unread rows and columns at zero
export function conv2dBackward(
  x: number[][][],
  w: number[][][][],
  stride: number,
  padding: number,
  dY: number[][][],
): { dX: number[][][]; dW: number[][][][]; db: number[] } {
  if (stride < 1 || padding < 0) throw new Error('bad stride or padding');
  const C = x.length, H = x[0].length, W = x[0][0].length;
  const O = w.length, kH = w[0][0].length, kW = w[0][0][0].length;
  if (w.some((k) => k.length !== C)) throw new Error('channel mismatch');
  if (H + 2 * padding < kH || W + 2 * padding < kW) throw new Error('kernel too large');
  const Ho = Math.floor((H + 2 * padding - kH) / stride) + 1;
  const Wo = Math.floor((W + 2 * padding - kW) / stride) + 1;
  if (dY.length !== O || dY.some((m) => m.length !== Ho || m.some((r) => r.length !== Wo))) throw new Error('dY shape');

  const dX = x.map((ch) => ch.map((row) => row.map(() => 0)));
  const dW = w.map((k) => k.map((ch) => ch.map((row) => row.map(() => 0))));
  const db = w.map(() => 0);
  for (let o = 0; o < O; o++)
    for (let i = 0; i < Ho; i++)
      for (let j = 0; j < Wo; j++) {
        const g = dY[o][i][j];
        db[o] += g;
        for (let c = 0; c < C; c++)
          for (let u = 0; u < kH; u++) {
            const a = i + u - padding;
            if (a < 0 || a >= H) continue; // padded row: no input there
            for (let v = 0; v < kW; v++) {
              const b = j + v - padding;
              if (b < 0 || b >= W) continue;
              dW[o][c][u][v] += g * x[c][a][b];
              dX[c][a][b] += g * w[o][c][u][v];
            }
          }
      }
  return { dX, dW, db };
}
