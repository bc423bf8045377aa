import * as tf from '@tensorflow/tfjs';

export function chiSquareIndependence(table: number[][]): { expected: number[][]; chi2: number; dof: number; lowExpected: number } {
  const r = table.length;
  if (r === 0) throw new Error('empty table');
  const c = table[0]!.length;
  if (c === 0 || table.some((row) => row.length !== c)) throw new Error('ragged or empty table');
  if (table.some((row) => row.some((v) => !(v >= 0)))) throw new Error('counts must be non-negative');
  // Row / column totals and the kept index sets are exact decisions: float64.
  const R = table.map((row) => row.reduce((s, v) => s + v, 0));
  const C = Array.from({ length: c }, (_, j) => table.reduce((s, row) => s + row[j]!, 0));
  const N = R.reduce((s, v) => s + v, 0);
  if (N === 0) throw new Error('table total is zero');
  const keptR = R.map((v, i) => (v > 0 ? i : -1)).filter((i) => i >= 0);
  const keptC = C.map((v, j) => (v > 0 ? j : -1)).filter((j) => j >= 0);
  const sub = keptR.map((i) => keptC.map((j) => table[i]![j]!));
  const [E, chi2] = tf.tidy(() => {
    const O = tf.tensor2d(sub);
    const rs = O.sum(1) as tf.Tensor1D;
    const cs = O.sum(0) as tf.Tensor1D;
    const Et = tf.outerProduct(rs, cs).div(O.sum());
    const x2 = tf.squaredDifference(O, Et).div(Et).sum();
    return [Et.arraySync() as number[][], x2.arraySync() as number];
  });
  const expected = Array.from({ length: r }, () => new Array<number>(c).fill(0));
  let low = 0;
  keptR.forEach((i, a) => keptC.forEach((j, b) => {
    const e = E[a]![b]!;
    expected[i]![j] = e;
    // decide the flag on the float64 value to avoid float32 flips at exactly 5
    if ((R[i]! * C[j]!) / N < 5) low = 1;
  }));
  const dof = (keptR.length - 1) * (keptC.length - 1);
  return { expected, chi2: dof === 0 ? 0 : chi2, dof, lowExpected: low };
}
