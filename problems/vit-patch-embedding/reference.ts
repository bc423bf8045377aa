/**
 * Plain float64 ViT patch embedding: row-major patches, each flattened in (channel, row, column) order
 * (the order of a Conv2d weight D×C×P×P), projected with W (D × C·P·P) plus b; [CLS] first; + pos.
 */
export function vitPatchEmbed(img: number[][][], patchSize: number, W: number[][], b: number[], cls: number[], pos: number[][]): number[][] {
  const C = img.length;
  if (C === 0) throw new Error('the image needs at least one channel');
  const H = img[0]!.length;
  const Wd = img[0]![0]?.length ?? 0;
  if (H === 0 || Wd === 0 || img.some((ch) => ch.length !== H || ch.some((r) => r.length !== Wd))) throw new Error('the image must be C×H×W');
  const P = patchSize;
  if (!Number.isInteger(P) || P < 1) throw new Error('patchSize must be a positive integer');
  if (H % P !== 0 || Wd % P !== 0) throw new Error(`image size ${H}×${Wd} is not divisible by the patch size ${P}`);
  const D = W.length;
  const F = C * P * P;
  if (D === 0 || W.some((r) => r.length !== F)) throw new Error(`W must be D×${F}`);
  if (b.length !== D || cls.length !== D) throw new Error(`b and cls must have length ${D}`);
  const rows = H / P;
  const cols = Wd / P;
  const N = rows * cols;
  if (pos.length !== N + 1 || pos.some((r) => r.length !== D)) throw new Error(`pos must be ${N + 1}×${D}`);
  const out: number[][] = [cls.map((v, k) => v + pos[0]![k]!)];
  for (let pr = 0; pr < rows; pr++) {
    for (let pc = 0; pc < cols; pc++) {
      const patch: number[] = [];
      for (let c = 0; c < C; c++) for (let u = 0; u < P; u++) for (let v = 0; v < P; v++) patch.push(img[c]![pr * P + u]![pc * P + v]!);
      const t = 1 + pr * cols + pc;
      out.push(W.map((row, k) => row.reduce((s, w, f) => s + w * patch[f]!, b[k]!) + pos[t]![k]!));
    }
  }
  return out;
}
