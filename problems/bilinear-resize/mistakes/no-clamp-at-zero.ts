// expect: wrong_answer
// mistake: forgets to clamp the source coordinate at 0, so the first rows and columns extrapolate past the edge
// caught-by: random 2
export function bilinearResize(x: number[][], outH: number, outW: number): number[][] {
  const H = x.length, W = H ? x[0].length : 0;
  if (!H || !W || x.some((r) => r.length !== W) || !Number.isInteger(outH) || !Number.isInteger(outW) || outH < 1 || outW < 1) throw new Error('bad input');
  const map = (i: number, n: number, m: number) => {
    const s = ((i + 0.5) * n) / m - 0.5;
    const a = Math.max(0, Math.min(Math.floor(s), n - 1));
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
