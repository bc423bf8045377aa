// expect: wrong_answer
// mistake: does not clamp the overlap width and height at 0, so two boxes separated on both axes get a positive "intersection" (negative × negative)
// caught-by: diagonally separated boxes
export function iouMatrix(A: number[][], B: number[][]): number[][] {
  for (const box of [...A, ...B]) if (box.length !== 4 || box[2]! < box[0]! || box[3]! < box[1]!) throw new Error('invalid box');
  const area = (b: number[]) => (b[2]! - b[0]!) * (b[3]! - b[1]!);
  return A.map((a) => B.map((b) => {
    const inter = (Math.min(a[2]!, b[2]!) - Math.max(a[0]!, b[0]!)) * (Math.min(a[3]!, b[3]!) - Math.max(a[1]!, b[1]!));
    const union = area(a) + area(b) - inter;
    return union > 0 ? inter / union : 0;
  }));
}
