// expect: wrong_answer
// mistake: flattens each patch pixel by pixel with the channels innermost ((row, column, channel), the NHWC habit) instead of channel by channel
// caught-by: one patch covers the whole image
export function vitPatchEmbed(img: number[][][], patchSize: number, W: number[][], b: number[], cls: number[], pos: number[][]): number[][] {
  const C = img.length, H = img[0]?.length ?? 0, Wd = img[0]?.[0]?.length ?? 0, P = patchSize;
  if (C === 0 || H === 0 || Wd === 0) throw new Error('empty image');
  if (!Number.isInteger(P) || P < 1 || H % P !== 0 || Wd % P !== 0) throw new Error('image not divisible into patches');
  const D = W.length, F = C * P * P, rows = H / P, cols = Wd / P, N = rows * cols;
  if (W.some((r) => r.length !== F) || b.length !== D || cls.length !== D) throw new Error('weight shapes');
  if (pos.length !== N + 1 || pos.some((r) => r.length !== D)) throw new Error('pos shape');

  const tokens: number[][] = [cls.map((v, k) => v + pos[0][k])];
  for (let pr = 0; pr < rows; pr++) {
    for (let pc = 0; pc < cols; pc++) {
      // flatten the patch channel by channel, row by row (the layout of a Conv2d kernel)
      const patch: number[] = [];
      for (let u = 0; u < P; u++)
        for (let v = 0; v < P; v++)
          for (let c = 0; c < C; c++) patch.push(img[c][pr * P + u][pc * P + v]);
      const t = tokens.length;
      tokens.push(W.map((row, k) => {
        let s = b[k] + pos[t][k];
        for (let f = 0; f < F; f++) s += row[f] * patch[f];
        return s;
      }));
    }
  }
  return tokens;
}
