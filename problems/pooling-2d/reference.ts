/**
 * Plain float64 per-channel max and average pooling (window k, stride s, no padding, floor) with both
 * backward passes: max routes each upstream gradient to the first maximum (row-major) of its window,
 * average spreads it evenly; overlapping windows accumulate.
 */
export function pool2d(x: number[][][], k: number, s: number, dy: number[][][]): { max: number[][][]; avg: number[][][]; dxMax: number[][][]; dxAvg: number[][][] } {
  const C = x.length;
  if (C === 0) throw new Error('x must have at least one channel');
  const H = x[0]!.length;
  const W = x[0]![0]?.length ?? 0;
  if (H === 0 || W === 0 || x.some((ch) => ch.length !== H || ch.some((r) => r.length !== W))) throw new Error('x must be a full C×H×W array');
  if (!Number.isInteger(k) || k < 1 || !Number.isInteger(s) || s < 1) throw new Error('k and s must be integers ≥ 1');
  if (k > H || k > W) throw new Error('the window is larger than the input');
  const Ho = Math.floor((H - k) / s) + 1;
  const Wo = Math.floor((W - k) / s) + 1;
  if (dy.length !== C || dy.some((ch) => ch.length !== Ho || ch.some((r) => r.length !== Wo))) throw new Error(`dy must be ${C}×${Ho}×${Wo}`);
  const zeros = () => x.map((ch) => ch.map((r) => r.map(() => 0)));
  const dxMax = zeros();
  const dxAvg = zeros();
  const max: number[][][] = [];
  const avg: number[][][] = [];
  x.forEach((ch, c) => {
    const mc: number[][] = [];
    const ac: number[][] = [];
    for (let i = 0; i < Ho; i++) {
      const mr: number[] = [];
      const ar: number[] = [];
      for (let j = 0; j < Wo; j++) {
        let best = Number.NEGATIVE_INFINITY, bu = 0, bv = 0, sum = 0;
        for (let u = 0; u < k; u++) for (let v = 0; v < k; v++) {
          const t = ch[i * s + u]![j * s + v]!;
          sum += t;
          if (t > best) { best = t; bu = u; bv = v; }
        }
        mr.push(best);
        ar.push(sum / (k * k));
        const g = dy[c]![i]![j]!;
        const rowMax = dxMax[c]![i * s + bu]!;
        rowMax[j * s + bv] = rowMax[j * s + bv]! + g;
        for (let u = 0; u < k; u++) {
          const rowAvg = dxAvg[c]![i * s + u]!;
          for (let v = 0; v < k; v++) rowAvg[j * s + v] = rowAvg[j * s + v]! + g / (k * k);
        }
      }
      mc.push(mr);
      ac.push(ar);
    }
    max.push(mc);
    avg.push(ac);
  });
  return { max, avg, dxMax, dxAvg };
}
