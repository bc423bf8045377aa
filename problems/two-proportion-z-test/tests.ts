import { defineTests, rng } from '../../grader/kit.ts';

const TOL = { rtol: 1e-10, atol: 1e-12, fields: { pValue: { rtol: 1e-6, atol: 0 } } };

function randomCase(seed: number): number[] {
  const r = rng(seed);
  const n1 = r.int(50, 20000), n2 = r.int(50, 20000);
  const p = r.uniform(0.02, 0.6);
  const x1 = Math.min(n1, Math.max(0, Math.round(n1 * (p + r.uniform(-0.03, 0.03)))));
  const x2 = Math.min(n2, Math.max(0, Math.round(n2 * (p + r.uniform(-0.03, 0.03)))));
  return [x1, n1, x2, n2];
}

export default defineTests({
  cases: [
    { name: 'document example 500/5000 vs 550/5000', sample: true, args: [500, 5000, 550, 5000] },
    { name: 'clear winner', sample: true, args: [120, 1000, 80, 1000] },
    { name: 'equal proportions', args: [30, 300, 10, 100] },
    { name: 'no conversions anywhere', args: [0, 100, 0, 200], nanEqual: true },
    { name: 'everyone converted', args: [50, 50, 70, 70], nanEqual: true },
    { name: 'one group with zero conversions', args: [0, 40, 6, 50] },
    { name: 'strong effect: a tiny p-value', args: [600, 1000, 400, 1000] },
    { name: 'huge z', args: [9000, 10000, 1000, 10000] },
    { name: 'single-user groups', args: [1, 1, 0, 1] },
    { name: 'count above n throws', args: [11, 10, 3, 10], expectError: true },
    { name: 'negative count throws', args: [-1, 10, 3, 10], expectError: true },
    { name: 'zero group size throws', args: [0, 0, 3, 10], expectError: true },
    { name: 'non-integer count throws', args: [2.5, 10, 3, 10], expectError: true },
    ...Array.from({ length: 8 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(400 + i) })),
    { name: 'large counts', args: [4_812_345, 50_000_000, 4_809_876, 49_990_000] },
  ].map((c) => ({ ...c, tolerance: TOL })),
});
