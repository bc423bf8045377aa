/** H×W×C pipeline: flip → crop → zero-pad → +brightness → per-channel contrast about the mean → +noise → clip to [0, 1]. */
export function augment(img: number[][][], flip: boolean, crop: number[] | null, pad: number, brightness: number, contrast: number, noise: number[][][] | null): number[][][] {
  const H = img.length;
  const W = H > 0 ? img[0]!.length : 0;
  const C = W > 0 ? img[0]![0]!.length : 0;
  if (H === 0 || W === 0 || C === 0 || img.some((row) => row.length !== W || row.some((px) => px.length !== C || !px.every(Number.isFinite)))) throw new Error('img must be a non-empty finite H×W×C array');
  if (!Number.isInteger(pad) || pad < 0) throw new Error('pad must be a non-negative integer');
  if (!Number.isFinite(brightness) || !Number.isFinite(contrast) || contrast < 0) throw new Error('brightness must be finite and contrast a finite number ≥ 0');
  let x = flip ? img.map((row) => row.slice().reverse().map((px) => px.slice())) : img.map((row) => row.map((px) => px.slice()));
  if (crop !== null) {
    const [top, left, h, w] = crop as [number, number, number, number];
    if (crop.length !== 4 || !crop.every(Number.isInteger) || h < 1 || w < 1 || top < 0 || left < 0 || top + h > H || left + w > W) throw new Error('crop must be [top, left, h, w] inside the image');
    x = x.slice(top, top + h).map((row) => row.slice(left, left + w));
  }
  const h = x.length + 2 * pad;
  const w = x[0]!.length + 2 * pad;
  x = Array.from({ length: h }, (_, i) => Array.from({ length: w }, (_, j) => {
    const src = x[i - pad]?.[j - pad];
    return src ? src.map((v) => v + brightness) : new Array<number>(C).fill(brightness);
  }));
  const means = Array.from({ length: C }, (_, c) => x.reduce((s, row) => s + row.reduce((t, px) => t + px[c]!, 0), 0) / (h * w));
  if (noise !== null && (noise.length !== h || noise.some((row) => row.length !== w || row.some((px) => px.length !== C || !px.every(Number.isFinite))))) throw new Error('noise must match the augmented image’s shape');
  return x.map((row, i) => row.map((px, j) => px.map((v, c) => {
    const out = (v - means[c]!) * contrast + means[c]! + (noise ? noise[i]![j]![c]! : 0);
    return Math.min(1, Math.max(0, out));
  })));
}
