// expect: wrong_answer
// mistake: uses the align_corners=True mapping s = i (H − 1)/(H' − 1), which pins the corner pixels together
// caught-by: upsampling 3×3 to 7×5
export function bilinearResize(x: number[][], outH: number, outW: number): number[][] {
  const H = x.length, W = H ? x[0].length : 0;
  if (!H || !W || x.some((r) => r.length !== W) || !Number.isInteger(outH) || !Number.isInteger(outW) || outH < 1 || outW < 1) throw new Error('bad input');
  const map = (i: number, n: number, m: number) => {
    const s = m > 1 ? (i * (n - 1)) / (m - 1) : 0;
    const a = Math.min(Math.floor(s), n - 1);
    return { a, b: Math.min(a + 1, n - 1), t: s - a };
  };
  return Array.from({ length: outH }, (_, i) => {
    const r = map(i, H, outH);
    return Array.from({ length: outW }, (_, j) => {
      const c = map(j, W, outW);
      return (x[r.a][c.a] * (1 - c.t) + x[r.a][c.b] * c.t) * (1 - r.t) + (x[r.b][c.a] * (1 - c.t) + x[r.b][c.b] * c.t) * r.t;
    });
  });
}
