/**
 * Plain float64: the three gradients of a strided, zero-padded cross-correlation, written out as sums
 * (the derivative is linear, so there are no kinks; tf.grads in float32 is the unit-test cross-check).
 */
export function conv2dBackward(
  x: number[][][],
  w: number[][][][],
  stride: number,
  padding: number,
  dY: number[][][],
): { dX: number[][][]; dW: number[][][][]; db: number[] } {
  if (!Number.isInteger(stride) || stride < 1) throw new Error('stride must be an integer ≥ 1');
  if (!Number.isInteger(padding) || padding < 0) throw new Error('padding must be an integer ≥ 0');
  const C = x.length;
  const O = w.length;
  if (C === 0 || O === 0) throw new Error('x and w must be non-empty');
  const H = x[0]!.length;
  const W = x[0]![0]!.length;
  const kH = w[0]![0]!.length;
  const kW = w[0]![0]![0]!.length;
  if (w.some((k) => k.length !== C)) throw new Error(`w has a different number of input channels than x (${C})`);
  if (H + 2 * padding < kH || W + 2 * padding < kW) throw new Error('kernel larger than the padded input');
  const Ho = Math.floor((H + 2 * padding - kH) / stride) + 1;
  const Wo = Math.floor((W + 2 * padding - kW) / stride) + 1;
  if (dY.length !== O || dY.some((m) => m.length !== Ho || m.some((r) => r.length !== Wo))) {
    throw new Error(`dY must have shape ${O}×${Ho}×${Wo}`);
  }

  const dX = Array.from({ length: C }, () => Array.from({ length: H }, () => new Array<number>(W).fill(0)));
  const dW = w.map((k) => k.map((ch) => ch.map((row) => row.map(() => 0))));
  const db = new Array<number>(O).fill(0);
  for (let o = 0; o < O; o++) {
    for (let i = 0; i < Ho; i++) {
      for (let j = 0; j < Wo; j++) {
        const g = dY[o]![i]![j]!;
        db[o] = db[o]! + g;
        for (let c = 0; c < C; c++) {
          for (let u = 0; u < kH; u++) {
            const a = i * stride + u - padding;
            if (a < 0 || a >= H) continue;
            for (let v = 0; v < kW; v++) {
              const b = j * stride + v - padding;
              if (b < 0 || b >= W) continue;
              dW[o]![c]![u]![v] = dW[o]![c]![u]![v]! + g * x[c]![a]![b]!;
              dX[c]![a]![b] = dX[c]![a]![b]! + g * w[o]![c]![u]![v]!;
            }
          }
        }
      }
    }
  }
  return { dX, dW, db };
}
