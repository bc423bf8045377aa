// expect: wrong_answer
// mistake: uses the inclusive-pixel convention of old detection code (width = x2 − x1 + 1) on continuous coordinates
// caught-by: containment
export function iouMatrix(A: number[][], B: number[][]): number[][] {
  for (const box of [...A, ...B]) if (box.length !== 4 || box[2]! < box[0]! || box[3]! < box[1]!) throw new Error('invalid box');
  const area = (b: number[]) => (b[2]! - b[0]! + 1) * (b[3]! - b[1]! + 1);
  return A.map((a) => B.map((b) => {
    const w = Math.max(0, Math.min(a[2]!, b[2]!) - Math.max(a[0]!, b[0]!) + 1);
    const h = Math.max(0, Math.min(a[3]!, b[3]!) - Math.max(a[1]!, b[1]!) + 1);
    const inter = w * h;
    return inter / (area(a) + area(b) - inter);
  }));
}
