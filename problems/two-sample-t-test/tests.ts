import { defineTests, rng } from '../../grader/kit.ts';
import { tTest } from './reference.ts';

const TOL = { rtol: 1e-9, atol: 1e-12, fields: { pValue: { rtol: 1e-6, atol: 0 }, significant: { exact: true } } };

function normals(r: ReturnType<typeof rng>, n: number, mu: number, sd: number): number[] {
  return Array.from({ length: n }, () => mu + sd * r.normal());
}

/** Random A/B data whose p-value is not within 2% of alpha (so `significant` is never a near-tie). */
function randomCase(seed: number, equalVar: boolean, nMin: number, nMax: number): unknown[] {
  const r = rng(seed);
  for (;;) {
    const n1 = r.int(nMin, nMax), n2 = r.int(nMin, nMax);
    const mu = r.uniform(-5, 5);
    const c = normals(r, n1, mu, r.uniform(0.5, 3));
    const t = normals(r, n2, mu + r.uniform(-1.5, 1.5), r.uniform(0.5, 3));
    const alpha = 0.05;
    const p = tTest(c, t, equalVar, alpha).pValue;
    if (Math.abs(p - alpha) > 0.02 * alpha) return [c, t, equalVar, alpha];
  }
}

const big = rng(77);
const bigC = normals(big, 20000, 10, 2);
const bigT = normals(big, 15000, 10.03, 2.5);

export default defineTests({
  cases: [
    { name: 'model accuracies, Student', sample: true, args: [[0.85, 0.87, 0.86, 0.84, 0.88], [0.89, 0.91, 0.88, 0.9, 0.92], true, 0.05] },
    { name: 'unequal sizes, Welch', sample: true, args: [[1, 2, 3, 4], [2, 4, 6, 8, 10, 12], false, 0.05] },
    { name: 'unequal sizes, Student', sample: true, args: [[1, 2, 3, 4], [2, 4, 6, 8, 10, 12], true, 0.05] },
    { name: 'control group of one throws', args: [[3], [1, 2, 3], true, 0.05], expectError: true },
    { name: 'empty treatment throws', args: [[1, 2, 3], [], false, 0.05], expectError: true },
    { name: 'identical groups', args: [[1, 5, 2, 8], [1, 5, 2, 8], true, 0.05] },
    { name: 'two observations each', args: [[1, 2], [3, 5], true, 0.1] },
    { name: 'zero variance, different means, Student', args: [[2, 2, 2], [3, 3, 3, 3], true, 0.05] },
    { name: 'zero variance, different means, Welch', args: [[2, 2, 2], [3, 3, 3, 3], false, 0.05] },
    { name: 'zero variance, equal means', args: [[4, 4, 4], [4, 4], true, 0.05], nanEqual: true },
    { name: 'zero variance, equal means, Welch', args: [[4, 4, 4], [4, 4], false, 0.05], nanEqual: true },
    { name: 'control mean zero', args: [[-1, 1, -2, 2], [0.5, 1.5, 1, 2], false, 0.05] },
    { name: 'treatment lower than control', args: [[10, 11, 12, 13, 9], [7, 8, 6, 9, 7.5], true, 0.01] },
    {
      name: 'very large |t| (tiny p-value)',
      args: [
        Array.from({ length: 100 }, (_, i) => Math.sin(i)),
        Array.from({ length: 100 }, (_, i) => 14 + Math.sin(1.3 * i)),
        true,
        0.05,
      ],
    },
    {
      name: 'very large |t|, Welch',
      args: [
        Array.from({ length: 60 }, (_, i) => Math.cos(i)),
        Array.from({ length: 90 }, (_, i) => 9 + 2 * Math.sin(0.7 * i)),
        false,
        0.05,
      ],
    },
    { name: 'large offset 1e6', args: [[1e6 + 0.1, 1e6 + 0.3, 1e6 + 0.2, 1e6 + 0.25], [1e6 + 0.5, 1e6 + 0.45, 1e6 + 0.6, 1e6 + 0.4], false, 0.05] },
    ...Array.from({ length: 4 }, (_, i) => ({ name: `random Student ${i + 1}`, args: randomCase(100 + i, true, 3, 40) })),
    ...Array.from({ length: 4 }, (_, i) => ({ name: `random Welch ${i + 1}`, args: randomCase(200 + i, false, 3, 40) })),
    { name: 'large groups', args: [bigC, bigT, false, 0.05], weight: 2 },
  ].map((c) => ({ ...c, tolerance: TOL })),
});
