import { defineTests, rng } from '../../grader/kit.ts';

function iou(a: readonly number[], b: readonly number[]): number {
  const w = Math.max(0, Math.min(a[2]!, b[2]!) - Math.max(a[0]!, b[0]!));
  const h = Math.max(0, Math.min(a[3]!, b[3]!) - Math.max(a[1]!, b[1]!));
  const inter = w * h;
  return inter / ((a[2]! - a[0]!) * (a[3]! - a[1]!) + (b[2]! - b[0]!) * (b[3]! - b[1]!) - inter);
}

/**
 * Images with ground-truth boxes; detections are jittered copies of some boxes (one may be duplicated)
 * plus clutter. Redrawn until no detection–box IoU lies within 1e-3 of the threshold and no detection
 * has two candidate boxes within 1e-6 of each other, so matching never hinges on rounding.
 */
function randomScene(seed: number, images: number, maxBoxes: number, clutter: number, thr: number): [number[][], number[][], number] {
  const r = rng(seed);
  for (;;) {
    const gts: number[][] = [], dets: number[][] = [];
    for (let img = 0; img < images; img++) {
      const nb = r.int(0, maxBoxes);
      for (let b = 0; b < nb; b++) {
        const x = r.uniform(0, 80), y = r.uniform(0, 80), w = r.uniform(5, 20), h = r.uniform(5, 20);
        gts.push([img, x, y, x + w, y + h]);
        for (let c = r.int(0, 2); c > 0; c--) {
          const j = () => r.normal(0, 1.5);
          dets.push([img, x + j(), y + j(), x + w + j(), y + h + j(), r.uniform(0.2, 1)]);
        }
      }
      for (let c = 0; c < clutter; c++) {
        const x = r.uniform(0, 90), y = r.uniform(0, 90);
        dets.push([img, x, y, x + r.uniform(3, 15), y + r.uniform(3, 15), r.uniform(0, 0.8)]);
      }
    }
    const valid = gts.length >= 2 && dets.length >= 3 && dets.every((d) => d[3]! > d[1]! && d[4]! > d[2]!);
    const safe = dets.every((d) => {
      const v = gts.filter((g) => g[0] === d[0]).map((g) => iou(d.slice(1, 5), g.slice(1, 5))).sort((a, b) => b - a);
      return v.every((x) => x === 0 || Math.abs(x - thr) > 1e-3) && v.every((x, i) => i === 0 || x === 0 || v[i - 1]! - x > 1e-6);
    });
    if (valid && safe) return [dets, gts, thr];
  }
}

const GT2 = [[0, 0, 0, 4, 4], [0, 1, 0, 5, 4]];

export default defineTests({
  cases: [
    { name: 'one image, three detections', sample: true, args: [[[0, 0, 0, 4, 4, 0.9], [0, 1, 1, 5, 5, 0.8], [0, 10, 10, 14, 13, 0.7]], [[0, 0, 0, 4, 4], [0, 10, 10, 14, 14]], 0.5] },
    { name: 'two images, unsorted scores', sample: true, args: [[[1, 0, 0, 2, 2, 0.3], [0, 5, 5, 9, 9, 0.95], [1, 4, 4, 6, 6, 0.6]], [[0, 5, 5, 9, 9], [1, 0, 0, 2, 2], [1, 10, 10, 12, 12]], 0.5] },
    { name: 'duplicate detection of one object', args: [[[0, 0, 0, 2, 2, 0.9], [0, 0.1, 0, 2, 2, 0.8]], [[0, 0, 0, 2, 2]], 0.5] },
    { name: 'boxes in different images', args: [[[0, 0, 0, 2, 2, 0.9], [1, 0, 0, 2, 2, 0.5]], [[1, 0, 0, 2, 2]], 0.5] },
    { name: 'second-best box still free', args: [[[0, 0, 0, 4, 4, 0.9], [0, 0, 0, 4, 4, 0.8]], GT2, 0.5] },
    { name: 'tied scores keep input order', args: [[[0, 0.25, 0, 4.25, 4, 0.7], [0, -1, 0, 3, 4, 0.7]], GT2, 0.5] },
    { name: 'IoU exactly at the threshold', args: [[[0, 0, 0, 4, 2, 0.9]], [[0, 0, 0, 4, 4]], 0.5] },
    { name: 'detection in an image without boxes', args: [[[3, 0, 0, 1, 1, 0.99], [0, 0, 0, 1, 1, 0.5]], [[0, 0, 0, 1, 1]], 0.5] },
    { name: 'stricter threshold 0.75', args: [[[0, 0, 0, 4, 3.5, 0.9], [0, 10, 10, 14, 12, 0.8]], [[0, 0, 0, 4, 4], [0, 10, 10, 14, 14]], 0.75] },
    { name: 'no ground truth gives NaN', args: [[[0, 0, 0, 1, 1, 0.5]], [], 0.5], nanEqual: true },
    { name: 'no detections', args: [[], [[0, 0, 0, 1, 1]], 0.5] },
    { name: 'threshold 0 throws', args: [[[0, 0, 0, 1, 1, 0.5]], [[0, 0, 0, 1, 1]], 0], expectError: true },
    { name: 'detection without a score throws', args: [[[0, 0, 0, 1, 1]], [[0, 0, 0, 1, 1]], 0.5], expectError: true },
    { name: 'inverted box throws', args: [[[0, 0, 0, 1, 1, 0.5]], [[0, 2, 0, 1, 1]], 0.5], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomScene(1500 + i, 1 + i, 4, 2, [0.5, 0.5, 0.6, 0.3, 0.7][i]!) })),
    { name: 'large: 60 images', args: randomScene(1599, 60, 12, 15, 0.5), weight: 2 },
  ],
});
