export function augment(img: number[][][], flip: boolean, crop: number[] | null, pad: number, brightness: number, contrast: number, noise: number[][][] | null): number[][][] {
  const H = img.length, W = H ? img[0].length : 0, C = W ? img[0][0].length : 0;
  if (!H || !W || !C || img.some((r) => r.length !== W || r.some((p) => p.length !== C || p.some((v) => !Number.isFinite(v))))) throw new Error('bad image');
  if (!Number.isInteger(pad) || pad < 0 || !Number.isFinite(brightness) || !Number.isFinite(contrast) || contrast < 0) throw new Error('bad parameters');
  let x = img.map((r) => (flip ? [...r].reverse() : [...r]));
  if (crop) {
    const [t, l, h, w] = crop;
    if (crop.length !== 4 || !crop.every(Number.isInteger) || h < 1 || w < 1 || t < 0 || l < 0 || t + h > H || l + w > W) throw new Error('bad crop');
    x = x.slice(t, t + h).map((r) => r.slice(l, l + w));
  }
  const h = x.length + 2 * pad, w = x[0].length + 2 * pad;
  if (noise && (noise.length !== h || noise.some((r) => r.length !== w || r.some((p) => p.length !== C || p.some((v) => !Number.isFinite(v)))))) throw new Error('noise shape mismatch');
  const y: number[][][] = [];
  for (let i = 0; i < h; i++) {
    const row: number[][] = [];
    for (let j = 0; j < w; j++) {
      const inside = i >= pad && i < h - pad && j >= pad && j < w - pad;
      row.push(Array.from({ length: C }, (_, c) => (inside ? x[i - pad][j - pad][c] : 0) + brightness));
    }
    y.push(row);
  }
  const mean = new Array<number>(C).fill(0);
  for (const r of y) for (const p of r) for (let c = 0; c < C; c++) mean[c] += p[c] / (h * w);
  return y.map((r, i) => r.map((p, j) => p.map((v, c) => {
    const z = (v - mean[c]) * contrast + mean[c] + (noise ? noise[i][j][c] : 0);
    return Math.min(1, Math.max(0, z));
  })));
}
