export function iouMatrix(A: number[][], B: number[][]): number[][] {
  const valid = (box: number[]) =>
    box.length === 4 && box.every((v) => Number.isFinite(v)) && box[2]! >= box[0]! && box[3]! >= box[1]!;
  for (const box of A) if (!valid(box)) throw new Error('invalid box in A');
  for (const box of B) if (!valid(box)) throw new Error('invalid box in B');
  const area = (b: number[]) => (b[2]! - b[0]!) * (b[3]! - b[1]!);
  return A.map((a) =>
    B.map((b) => {
      const iw = Math.min(a[2]!, b[2]!) - Math.max(a[0]!, b[0]!);
      const ih = Math.min(a[3]!, b[3]!) - Math.max(a[1]!, b[1]!);
      if (iw <= 0 || ih <= 0) return 0;
      const inter = iw * ih;
      const union = area(a) + area(b) - inter;
      return union > 0 ? inter / union : 0;
    }),
  );
}
