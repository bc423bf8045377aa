import { defineTests, rng } from '../../grader/kit.ts';

const TOL = { rtol: 0, atol: 1e-12, fields: { dOneSampleA: { rtol: 0, atol: 1e-6 }, pAsymptotic: { rtol: 1e-9, atol: 0 } } };

function sample(r: ReturnType<typeof rng>, n: number, mu: number, sd: number, round: boolean): number[] {
  return Array.from({ length: n }, () => { const v = mu + sd * r.normal(); return round ? Math.round(v * 2) / 2 : v; });
}

export default defineTests({
  cases: [
    { name: 'ties across samples', sample: true, args: [[1, 2, 2, 3], [2, 3, 4], 2, 1] },
    { name: 'shifted normals', sample: true, args: [[-0.5, 0.1, 0.3, 0.9, 1.2, -1.1], [0.8, 1.5, 2.2, 0.4, 1.9], 0, 1] },
    { name: 'identical samples', args: [[3, 1, 2, 5], [5, 2, 1, 3], 2.5, 1.5] },
    { name: 'disjoint ranges', args: [[1, 2, 3], [10, 11, 12, 13], 0, 1] },
    { name: 'single values', args: [[0], [1], 0, 1] },
    { name: 'all tied values', args: [[2, 2, 2], [2, 2], 2, 1] },
    { name: 'heavy ties on a grid', args: [[1, 1, 2, 2, 2, 3, 3, 4], [1, 2, 3, 3, 3, 4, 4, 4, 5], 3, 1] },
    { name: 'strong drift: a tiny p-value', args: [Array.from({ length: 200 }, (_, i) => i / 10), Array.from({ length: 200 }, (_, i) => 100 + i / 10), 50, 10] },
    { name: 'empty a throws', args: [[], [1, 2], 0, 1], expectError: true },
    { name: 'negative sigma throws', args: [[1, 2], [1, 3], 0, -1], expectError: true },
    { name: 'empty b throws', args: [[1, 2], [], 0, 1], expectError: true },
    { name: 'zero sigma throws', args: [[1, 2], [1, 3], 0, 0], expectError: true },
    ...Array.from({ length: 3 }, (_, i) => {
      const r = rng(1200 + i);
      return { name: `random continuous ${i + 1}`, args: [sample(r, r.int(20, 80), 0, 1, false), sample(r, r.int(20, 80), r.uniform(-0.5, 0.5), r.uniform(0.8, 1.3), false), 0, 1] };
    }),
    ...Array.from({ length: 3 }, (_, i) => {
      const r = rng(1300 + i);
      return { name: `random rounded (ties) ${i + 1}`, args: [sample(r, r.int(20, 80), 5, 2, true), sample(r, r.int(20, 80), 5 + r.uniform(-1, 1), 2, true), 5, 2] };
    }),
    (() => {
      const r = rng(1400);
      return { name: 'large samples', args: [sample(r, 20000, 0, 1, false), sample(r, 15000, 0.02, 1, true), 0, 1], weight: 2 };
    })(),
  ].map((c) => ({ ...c, tolerance: TOL })),
});
