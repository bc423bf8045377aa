// expect: wrong_answer
// mistake: reads the boxes as [x, y, width, height] instead of [x1, y1, x2, y2]
// caught-by: partial overlap
export function iouMatrix(A: number[][], B: number[][]): number[][] {
  for (const box of [...A, ...B]) if (box.length !== 4 || box[2]! < box[0]! || box[3]! < box[1]!) throw new Error('invalid box');
  return A.map((a) => B.map((b) => {
    const w = Math.max(0, Math.min(a[0]! + a[2]!, b[0]! + b[2]!) - Math.max(a[0]!, b[0]!));
    const h = Math.max(0, Math.min(a[1]! + a[3]!, b[1]! + b[3]!) - Math.max(a[1]!, b[1]!));
    const inter = w * h;
    const union = a[2]! * a[3]! + b[2]! * b[3]! - inter;
    return union > 0 ? inter / union : 0;
  }));
}
