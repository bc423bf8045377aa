import { defineTests, rng } from '../../grader/kit.ts';
import { psi } from './reference.ts';

const TOL = { rtol: 1e-9, atol: 1e-12, fields: { level: { exact: true } } };

/** Normal samples; redraw if PSI is within 0.005 of a threshold or a value is within 1e-9 of an interior edge. */
function randomCase(seed: number, nE: number, nA: number, shift: number, scale: number, B: number): unknown[] {
  const r = rng(seed);
  for (;;) {
    const e = Array.from({ length: nE }, () => r.normal() * 2 + 10);
    const a = Array.from({ length: nA }, () => (r.normal() * 2 + 10 - 10) * scale + 10 + shift);
    const all = e.concat(a);
    const lo = Math.min(...all), hi = Math.max(...all), w = (hi - lo) / B;
    const nearEdge = all.some((v) => {
      const t = (v - lo) / w;
      return Math.abs(t - Math.round(t)) * w < 1e-9 && Math.round(t) > 0 && Math.round(t) < B;
    });
    const p = psi(e, a, B).psi;
    if (!nearEdge && Math.abs(p - 0.1) > 0.005 && Math.abs(p - 0.25) > 0.005) return [e, a, B];
  }
}

export default defineTests({
  cases: [
    { name: 'value on an interior edge', sample: true, args: [[1, 2, 3, 4], [3, 4, 4, 5], 2] },
    { name: 'mild shift, four bins', sample: true, args: [[0, 1, 2, 3, 4, 5, 6, 7], [0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7], 4] },
    { name: 'identical samples', args: [[1, 5, 2, 8, 3], [1, 5, 2, 8, 3], 5] },
    { name: 'all values equal', args: [[7, 7, 7], [7, 7], 4] },
    { name: 'different sample sizes, same shape', args: [[0, 1, 2, 3], [0, 0, 1, 1, 2, 2, 3, 3], 2] },
    { name: 'single bucket', args: [[1, 2, 3], [10, 20], 1] },
    { name: 'production outside the baseline range', args: [[0, 1, 2, 3, 4], [6, 7, 8, 2, 3], 4] },
    { name: 'values on every interior edge', args: [[0, 1, 2, 3, 4], [1, 2, 2, 3, 3.5], 4] },
    { name: 'drift between 0.2 and 0.25 is moderate', args: randomCase(1200, 400, 300, 0.65, 1, 10) },
    { name: 'empty baseline throws', args: [[], [1, 2], 3], expectError: true },
    { name: 'zero buckets throws', args: [[1, 2], [1, 2], 0], expectError: true },
    { name: 'fractional buckets throws', args: [[1, 2], [1, 2], 2.5], expectError: true },
    { name: 'random no drift', args: randomCase(1100, 400, 300, 0, 1, 10) },
    { name: 'random moderate drift', args: randomCase(1101, 400, 300, 0.6, 1, 10) },
    { name: 'random strong drift', args: randomCase(1102, 500, 200, 2, 1.3, 10) },
    { name: 'random variance change', args: randomCase(1103, 300, 300, 0, 1.8, 8) },
    { name: 'random small samples', args: randomCase(1104, 30, 25, 0.5, 1, 5) },
    { name: 'large samples, 20 bins', args: randomCase(1105, 20000, 20000, 0.3, 1.1, 20), weight: 2 },
  ].map((c) => ({ ...c, tolerance: TOL })),
});
