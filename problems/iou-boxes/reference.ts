// Reference: plain float64 TypeScript.

function checkBox(box: number[], name: string): void {
  if (box.length !== 4 || box.some((v) => !Number.isFinite(v))) throw new Error(`${name} must be 4 finite numbers [x1, y1, x2, y2]`);
  if (box[2]! < box[0]! || box[3]! < box[1]!) throw new Error(`${name} has x2 < x1 or y2 < y1`);
}

/** IoU of two valid boxes; 0 when the union has no area. */
export function iou(a: number[], b: number[]): number {
  const w = Math.max(0, Math.min(a[2]!, b[2]!) - Math.max(a[0]!, b[0]!));
  const h = Math.max(0, Math.min(a[3]!, b[3]!) - Math.max(a[1]!, b[1]!));
  const inter = w * h;
  const union = (a[2]! - a[0]!) * (a[3]! - a[1]!) + (b[2]! - b[0]!) * (b[3]! - b[1]!) - inter;
  return union > 0 ? inter / union : 0;
}

export function iouMatrix(A: number[][], B: number[][]): number[][] {
  A.forEach((box, i) => checkBox(box, `A[${i}]`));
  B.forEach((box, j) => checkBox(box, `B[${j}]`));
  return A.map((a) => B.map((b) => iou(a, b)));
}
