// expect: wrong_answer
// mistake: pivots the contrast around one mean over all channels instead of each channel's own mean
// caught-by: contrast 0 flattens each channel
export function augment(img: number[][][], flip: boolean, crop: number[] | null, pad: number, brightness: number, contrast: number, noise: number[][][] | null): number[][][] {
  const H = img.length, W = H ? img[0].length : 0, C = W ? img[0][0].length : 0;
  if (!H || !W || !C || !Number.isInteger(pad) || pad < 0 || contrast < 0) throw new Error('bad input');
  let x = img.map((r) => (flip ? [...r].reverse() : [...r]));
  if (crop) {
    const [t, l, h, w] = crop;
    if (h < 1 || w < 1 || t < 0 || l < 0 || t + h > H || l + w > W) throw new Error('bad crop');
    x = x.slice(t, t + h).map((r) => r.slice(l, l + w));
  }
  const h = x.length + 2 * pad, w = x[0].length + 2 * pad;
  if (noise && (noise.length !== h || noise.some((r) => r.length !== w || r.some((p) => p.length !== C)))) throw new Error('noise shape');
  const y = Array.from({ length: h }, (_, i) => Array.from({ length: w }, (_, j) => Array.from({ length: C }, (_, c) => (i >= pad && i < h - pad && j >= pad && j < w - pad ? x[i - pad][j - pad][c] : 0) + brightness)));
  const mean = y.flat(2).reduce((s, v) => s + v, 0) / (h * w * C);
  return y.map((r, i) => r.map((p, j) => p.map((v, c) => Math.min(1, Math.max(0, (v - mean) * contrast + mean + (noise ? noise[i][j][c] : 0))))));
}
