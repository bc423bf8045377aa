// expect: wrong_answer
// mistake: normalizes only the image pixels and leaves the padding at 0, instead of normalizing the padded zeros too
// caught-by: crop at the top-left corner
export function augment(img: number[][][], flip: boolean, pad: number, top: number, left: number, size: number, mean: number[], std: number[]): number[][][] {
  const C = img.length, H = C ? img[0].length : 0, W = H ? img[0][0].length : 0;
  if (!C || !H || !W || !Number.isInteger(pad) || pad < 0 || size < 1 || top < 0 || left < 0 || top + size > H + 2 * pad || left + size > W + 2 * pad) throw new Error('bad input');
  if (mean.length !== C || std.length !== C || std.some((s) => !(s > 0))) throw new Error('bad mean/std');
  return img.map((ch, c) => Array.from({ length: size }, (_, i) => Array.from({ length: size }, (_, j) => {
    const r = top + i - pad, k = left + j - pad;
    return r >= 0 && r < H && k >= 0 && k < W ? (ch[r][flip ? W - 1 - k : k] - mean[c]) / std[c] : 0;
  })));
}
