export function bilinearResize(x: number[][], outH: number, outW: number): number[][] {
  const H = x.length;
  const W = H ? x[0].length : 0;
  if (!H || !W || x.some((r) => r.length !== W)) throw new Error('x must be a non-empty matrix');
  if (!Number.isInteger(outH) || !Number.isInteger(outW) || outH < 1 || outW < 1) throw new Error('bad output size');
  const map = (i: number, n: number, m: number) => {
    const s = Math.max(0, ((i + 0.5) * n) / m - 0.5);
    const a = Math.min(Math.floor(s), n - 1);
    return { a, b: Math.min(a + 1, n - 1), t: s - a };
  };
  const out: number[][] = [];
  for (let i = 0; i < outH; i++) {
    const r = map(i, H, outH);
    const row: number[] = [];
    for (let j = 0; j < outW; j++) {
      const c = map(j, W, outW);
      const top = x[r.a][c.a] * (1 - c.t) + x[r.a][c.b] * c.t;
      const bot = x[r.b][c.a] * (1 - c.t) + x[r.b][c.b] * c.t;
      row.push(top * (1 - r.t) + bot * r.t);
    }
    out.push(row);
  }
  return out;
}
