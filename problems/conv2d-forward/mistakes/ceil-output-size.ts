// expect: wrong_answer
// mistake: rounds the output size up, producing an extra partial window on non-divisible sizes
// caught-by: stride 3 with padding 2
export function conv2d(x: number[][][], w: number[][][][], b: number[], stride: number, padding: number): number[][][] {
  const C = x.length, H = x[0].length, W = x[0][0].length;
  if (w.some((k) => k.length !== C) || b.length !== w.length) throw new Error('shape mismatch');
  const kH = w[0][0].length, kW = w[0][0][0].length;
  if (H + 2 * padding < kH || W + 2 * padding < kW) throw new Error('kernel too large');
  const Ho = Math.ceil((H + 2 * padding - kH) / stride) + 1;
  const Wo = Math.ceil((W + 2 * padding - kW) / stride) + 1;
  const at = (c: number, r: number, s: number) => (r < 0 || r >= H || s < 0 || s >= W ? 0 : x[c][r][s]);
  return w.map((kern, o) => {
    const out: number[][] = [];
    for (let i = 0; i < Ho; i++) {
      const row: number[] = [];
      for (let j = 0; j < Wo; j++) {
        let acc = b[o];
        for (let c = 0; c < C; c++)
          for (let u = 0; u < kH; u++)
            for (let v = 0; v < kW; v++) acc += kern[c][u][v] * at(c, i * stride + u - padding, j * stride + v - padding);
        row.push(acc);
      }
      out.push(row);
    }
    return out;
  });
}
