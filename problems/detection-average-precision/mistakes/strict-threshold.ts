// expect: wrong_answer
// mistake: requires IoU > threshold instead of IoU ≥ threshold
// caught-by: IoU exactly at the threshold
export function detectionAp(dets: number[][], gts: number[][], iouThr: number): { ap: number; tp: number[] } {
  if (!(iouThr > 0 && iouThr <= 1)) throw new Error('bad threshold');
  for (const d of dets) if (d.length !== 6 || d[3]! < d[1]! || d[4]! < d[2]!) throw new Error('bad detection');
  for (const g of gts) if (g.length !== 5 || g[3]! < g[1]! || g[4]! < g[2]!) throw new Error('bad ground truth');
  const iou = (a: number[], b: number[]) => {
    const w = Math.max(0, Math.min(a[3]!, b[3]!) - Math.max(a[1]!, b[1]!));
    const h = Math.max(0, Math.min(a[4]!, b[4]!) - Math.max(a[2]!, b[2]!));
    const inter = w * h;
    const u = (a[3]! - a[1]!) * (a[4]! - a[2]!) + (b[3]! - b[1]!) * (b[4]! - b[2]!) - inter;
    return u > 0 ? inter / u : 0;
  };
  const idx = dets.map((_, i) => i).sort((a, b) => dets[b]![5]! - dets[a]![5]!);
  const used = gts.map(() => false);
  const tp = idx.map((i) => {
    let bj = -1, bv = -1;
    gts.forEach((g, j) => { if (!used[j] && g[0] === dets[i]![0]) { const v = iou(dets[i]!, g); if (v > bv) { bv = v; bj = j; } } });
    if (bj >= 0 && bv > iouThr) { used[bj] = true; return 1; }
    return 0;
  });
  if (gts.length === 0) return { ap: NaN, tp };
  let cum = 0, ap = 0;
  tp.forEach((t, n) => { if (t) { cum++; ap += cum / (n + 1) / gts.length; } });
  return { ap, tp };
}
