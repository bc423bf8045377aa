// expect: wrong_answer
// mistake: clips after the brightness step but not at the end, so contrast and noise push values outside [0, 1]
// caught-by: clipping at both ends
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
  const y = Array.from({ length: h }, (_, i) => Array.from({ length: w }, (_, j) => Array.from({ length: C }, (_, c) => Math.min(1, Math.max(0, (i >= pad && i < h - pad && j >= pad && j < w - pad ? x[i - pad][j - pad][c] : 0) + brightness)))));
  const mean = Array.from({ length: C }, (_, c) => y.reduce((s, r) => s + r.reduce((t, p) => t + p[c], 0), 0) / (h * w));
  return y.map((r, i) => r.map((p, j) => p.map((v, c) => (v - mean[c]) * contrast + mean[c] + (noise ? noise[i][j][c] : 0))));
}
