import { defineTests, rng } from '../../grader/kit.ts';

/** Distance of v to the nearest half-integer (k + 0.5). */
const halfGap = (v: number) => Math.abs(v - Math.floor(v) - 0.5);

/** Random tensors, redrawn until no x/s or x_lo/s is within 1e-6 of a half-integer. */
function randomCase(seed: number, n: number, lo: number, hi: number, qmin: number, qmax: number) {
  const r = rng(seed);
  for (;;) {
    const x = r.vector(n, lo, hi);
    const xlo = Math.min(0, ...x), xhi = Math.max(0, ...x);
    const s = (xhi - xlo) / (qmax - qmin);
    if (halfGap(qmin - xlo / s) > 1e-6 && x.every((v) => halfGap(v / s) > 1e-6)) return [x, qmin, qmax];
  }
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[-1, 0, 0.5, 2.5], 0, 255] },
    { name: 'halves round to even', sample: true, args: [[0, 2.5, 3.5, 255], 0, 255] },
    { name: 'negative halves round to even', args: [[-255, -2.5, -3.5, 0], 0, 255] },
    { name: 'all-positive values', args: [[1.3, 2.7, 5.05, 3.3], 0, 255] },
    { name: 'all-negative values', args: [[-4.1, -0.7, -2.2], -128, 127] },
    { name: 'an all-zero tensor', args: [[0, 0, 0], 0, 255] },
    { name: 'a single value', args: [[3.7], 0, 255] },
    { name: 'a symmetric range in int8', args: [[-1.27, 0.635, 1.27, -0.3], -128, 127] },
    { name: 'a 4-bit range', args: [[-0.9, 0.1, 0.45, 2.2, 1.3], 0, 15] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(29100 + i);
      const signed = i % 2 === 1;
      return { name: `random ${i + 1}`, args: randomCase(29200 + i, r.int(1, 50), r.uniform(-5, 1), r.uniform(-1, 8), signed ? -128 : 0, signed ? 127 : 255) };
    }),
    { name: 'large: 30000 values', args: randomCase(29300, 30000, -3, 5, -128, 127), weight: 2 },
    { name: 'qmin not below qmax throws', expectError: true, args: [[1, 2], 5, 5] },
    { name: 'a fractional qmax throws', expectError: true, args: [[1, 2], 0, 255.5] },
    { name: 'an empty tensor throws', expectError: true, args: [[], 0, 255] },
    { name: 'a NaN value throws', expectError: true, args: [[1, Number.NaN], 0, 255] },
  ],
});
