export function augment(img: number[][][], flip: boolean, pad: number, top: number, left: number, size: number, mean: number[], std: number[]): number[][][] {
  const C = img.length, H = C ? img[0].length : 0, W = H ? img[0][0].length : 0;
  if (!C || !H || !W || img.some((ch) => ch.length !== H || ch.some((r) => r.length !== W || r.some((v) => !Number.isFinite(v))))) throw new Error('bad image');
  if (!Number.isInteger(pad) || pad < 0) throw new Error('bad pad');
  if (![top, left, size].every(Number.isInteger) || size < 1 || top < 0 || left < 0 || top + size > H + 2 * pad || left + size > W + 2 * pad) throw new Error('crop out of bounds');
  if (mean.length !== C || std.length !== C || mean.some((m) => !Number.isFinite(m)) || std.some((s) => !(s > 0) || !Number.isFinite(s))) throw new Error('bad mean/std');
  const out: number[][][] = [];
  for (let c = 0; c < C; c++) {
    const channel: number[][] = [];
    for (let i = 0; i < size; i++) {
      const row: number[] = [];
      const r = top + i - pad;
      for (let j = 0; j < size; j++) {
        const k = left + j - pad;
        const v = r >= 0 && r < H && k >= 0 && k < W ? img[c][r][flip ? W - 1 - k : k] : 0;
        row.push((v - mean[c]) / std[c]);
      }
      channel.push(row);
    }
    out.push(channel);
  }
  return out;
}
