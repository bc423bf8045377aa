import { defineTests, rng } from '../../grader/kit.ts';

const TOL = { rtol: 1e-4, atol: 1e-5, fields: { dof: { exact: true }, lowExpected: { exact: true } } };

/** Random integer table; redraw while some expected count is within 0.05 of the threshold 5. */
function randomTable(seed: number, rMax: number, cMax: number, maxCount: number): number[][] {
  const r = rng(seed);
  for (;;) {
    const nr = r.int(2, rMax), nc = r.int(2, cMax);
    const t = Array.from({ length: nr }, () => Array.from({ length: nc }, () => r.int(0, maxCount)));
    const R = t.map((row) => row.reduce((a, b) => a + b, 0));
    const C = t[0]!.map((_, j) => t.reduce((s, row) => s + row[j]!, 0));
    const N = R.reduce((a, b) => a + b, 0);
    if (N === 0) continue;
    let ok = true;
    for (const ri of R) for (const cj of C) if (ri > 0 && cj > 0 && Math.abs((ri * cj) / N - 5) < 0.05) ok = false;
    if (ok) return t;
  }
}

export default defineTests({
  cases: [
    { name: '2x2 table', sample: true, args: [[[10, 20], [30, 40]]] },
    { name: 'zero row and zero column', sample: true, args: [[[5, 0, 7], [0, 0, 0], [2, 0, 9]]] },
    { name: 'exactly independent table', args: [[[10, 20, 30], [20, 40, 60]]] },
    { name: 'single row', args: [[[3, 8, 1]]] },
    { name: 'single column', args: [[[4], [9]]] },
    { name: 'one nonzero row among zeros', args: [[[0, 0], [6, 2], [0, 0]]] },
    { name: 'strong association 3x3', args: [[[50, 2, 1], [3, 60, 4], [2, 1, 70]]] },
    { name: 'non-integer weighted counts', args: [[[2.5, 7.25], [10.5, 3.75]]] },
    { name: 'expected counts of exactly 5 are not low', args: [[[5, 5], [5, 5]]] },
    { name: 'a dropped row does not count as low', args: [[[10, 14], [0, 0], [12, 9]]] },
    { name: 'negative count throws', args: [[[1, -2], [3, 4]]], expectError: true },
    { name: 'all zero table throws', args: [[[0, 0], [0, 0]]], expectError: true },
    { name: 'empty table throws', args: [[]], expectError: true },
    { name: 'ragged table throws', args: [[[1, 2, 3], [4, 5]]], expectError: true },
    ...Array.from({ length: 6 }, (_, i) => ({ name: `random ${i + 1}`, args: [randomTable(300 + i, 5, 6, i % 2 ? 12 : 60)] })),
    { name: 'large 40x50 table', args: [(() => { const r = rng(1234); return Array.from({ length: 40 }, () => Array.from({ length: 50 }, () => r.int(20, 200))); })()], weight: 2 },
  ].map((c) => ({ ...c, tolerance: TOL })),
});
