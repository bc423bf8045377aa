/** Half-pixel-centre bilinear resize (PyTorch align_corners=False, no antialiasing), float64. */
function sourceIndex(i: number, inSize: number, outSize: number): [number, number, number] {
  const s = Math.max(0, ((i + 0.5) * inSize) / outSize - 0.5);
  const i0 = Math.min(Math.floor(s), inSize - 1);
  return [i0, Math.min(i0 + 1, inSize - 1), s - i0];
}

export function bilinearResize(x: number[][], outH: number, outW: number): number[][] {
  const H = x.length;
  const W = H > 0 ? x[0]!.length : 0;
  if (H === 0 || W === 0 || x.some((row) => row.length !== W)) throw new Error('x must be a non-empty rectangular matrix');
  if (!Number.isInteger(outH) || !Number.isInteger(outW) || outH < 1 || outW < 1) throw new Error('output sizes must be positive integers');
  const cols = Array.from({ length: outW }, (_, j) => sourceIndex(j, W, outW));
  return Array.from({ length: outH }, (_, i) => {
    const [r0, r1, lr] = sourceIndex(i, H, outH);
    return cols.map(([c0, c1, lc]) => {
      const top = (1 - lc) * x[r0]![c0]! + lc * x[r0]![c1]!;
      const bottom = (1 - lc) * x[r1]![c0]! + lc * x[r1]![c1]!;
      return (1 - lr) * top + lr * bottom;
    });
  });
}
