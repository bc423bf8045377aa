export function detectionAp(dets: number[][], gts: number[][], iouThr: number): { ap: number; tp: number[] } {
  if (!(iouThr > 0 && iouThr <= 1)) throw new Error('iouThr must be in (0, 1]');
  const okBox = (r: number[], off: number) =>
    r.every((v) => Number.isFinite(v)) && Number.isInteger(r[0]!) && r[off + 2]! >= r[off]! && r[off + 3]! >= r[off + 1]!;
  for (const d of dets) if (d.length !== 6 || !okBox(d, 1)) throw new Error('bad detection');
  for (const g of gts) if (g.length !== 5 || !okBox(g, 1)) throw new Error('bad ground truth');

  const iou = (a: number[], b: number[]) => {
    const iw = Math.min(a[3]!, b[3]!) - Math.max(a[1]!, b[1]!);
    const ih = Math.min(a[4]!, b[4]!) - Math.max(a[2]!, b[2]!);
    if (iw <= 0 || ih <= 0) return 0;
    const inter = iw * ih;
    const areaA = (a[3]! - a[1]!) * (a[4]! - a[2]!);
    const areaB = (b[3]! - b[1]!) * (b[4]! - b[2]!);
    return inter / (areaA + areaB - inter);
  };

  const idx = dets.map((_, i) => i);
  idx.sort((a, b) => dets[b]![5]! - dets[a]![5]! || a - b);
  const used = gts.map(() => false);
  const tp: number[] = [];
  for (const i of idx) {
    let bestJ = -1, bestV = -1;
    for (let j = 0; j < gts.length; j++) {
      if (used[j] || gts[j]![0] !== dets[i]![0]) continue;
      const v = iou(dets[i]!, gts[j]!);
      if (v > bestV) { bestV = v; bestJ = j; }
    }
    if (bestJ >= 0 && bestV >= iouThr) { used[bestJ] = true; tp.push(1); } else tp.push(0);
  }
  if (gts.length === 0) return { ap: NaN, tp };
  let cum = 0, ap = 0, prevRecall = 0;
  for (let n = 0; n < tp.length; n++) {
    cum += tp[n]!;
    const recall = cum / gts.length, precision = cum / (n + 1);
    ap += (recall - prevRecall) * precision;
    prevRecall = recall;
  }
  return { ap, tp };
}
