// Reference: plain float64 TypeScript (greedy matching is a sequence of discrete decisions).

function iou(a: readonly number[], b: readonly number[]): number {
  const w = Math.max(0, Math.min(a[2]!, b[2]!) - Math.max(a[0]!, b[0]!));
  const h = Math.max(0, Math.min(a[3]!, b[3]!) - Math.max(a[1]!, b[1]!));
  const inter = w * h;
  const union = (a[2]! - a[0]!) * (a[3]! - a[1]!) + (b[2]! - b[0]!) * (b[3]! - b[1]!) - inter;
  return union > 0 ? inter / union : 0;
}

function checkRow(row: number[], width: number, name: string): void {
  if (row.length !== width || row.some((v) => !Number.isFinite(v))) throw new Error(`${name} must have ${width} finite numbers`);
  if (!Number.isInteger(row[0]!)) throw new Error(`${name}: the image id must be an integer`);
  if (row[3]! < row[1]! || row[4]! < row[2]!) throw new Error(`${name} has x2 < x1 or y2 < y1`);
}

export function detectionAp(dets: number[][], gts: number[][], iouThr: number): { ap: number; tp: number[] } {
  if (!(iouThr > 0 && iouThr <= 1)) throw new Error('iouThr must lie in (0, 1]');
  dets.forEach((d, i) => checkRow(d, 6, `dets[${i}]`));
  gts.forEach((g, i) => checkRow(g, 5, `gts[${i}]`));
  // descending score; equal scores keep input order (stable sort)
  const order = dets.map((_, i) => i).sort((a, b) => dets[b]![5]! - dets[a]![5]!);
  const matched = new Array<boolean>(gts.length).fill(false);
  const tp: number[] = [];
  for (const i of order) {
    const det = dets[i]!;
    const box = det.slice(1, 5);
    let best = -1, bestIou = -1;
    gts.forEach((g, j) => {
      if (matched[j] || g[0] !== det[0]) return;
      const v = iou(box, g.slice(1, 5));
      if (v > bestIou) { bestIou = v; best = j; }
    });
    if (best >= 0 && bestIou >= iouThr) {
      matched[best] = true;
      tp.push(1);
    } else {
      tp.push(0);
    }
  }
  if (gts.length === 0) return { ap: Number.NaN, tp };
  let ap = 0, hits = 0;
  tp.forEach((t, n) => {
    if (t === 1) {
      hits++;
      ap += (1 / gts.length) * (hits / (n + 1)); // (R_n − R_{n−1}) · P_n
    }
  });
  return { ap, tp };
}
