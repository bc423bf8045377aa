import { defineTests, rng } from '../../grader/kit.ts';
import { candidates } from './reference.ts';

const TOL = { rtol: 1e-9, atol: 1e-12 };
const NO_SPLIT = { tolerance: TOL, nanEqual: true };

/** Random rows on a coarse grid with current scores F; redraws until the best gain is clear of the others and of 0. */
function randomCase(seed: number, n: number, lambda: number, gamma: number, eta: number, fScale: number) {
  const r = rng(seed);
  for (;;) {
    const x = Array.from({ length: n }, () => r.int(-20, 20) / 4);
    const y = x.map((v) => (Math.sin(v) + r.normal(0, 0.7) > 0 ? 1 : 0));
    const F = x.map(() => r.normal(0, fScale));
    const c = candidates(x, y, F, lambda, gamma);
    if (c.length === 0) continue;
    const gains = c.map((q) => q.gain).sort((a, b) => b - a);
    const scale = Math.max(1e-3, Math.abs(gains[0]!));
    if (gains[0]! < 1e-6) continue; // clearly positive
    if (gains.length > 1 && gains[0]! - gains[1]! < 1e-7 * scale) continue;
    return [x, y, F, lambda, gamma, eta];
  }
}

const x4 = [1, 2, 3, 4];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: [x4, [0, 0, 1, 1], [0, 0, 0, 0], 1, 0, 0.3] },
    { name: 'a large gamma prevents the split', sample: true, ...NO_SPLIT, args: [x4, [0, 0, 1, 1], [0, 0, 0, 0], 1, 1, 0.3] },
    { name: 'pure leaves with lambda 0', tolerance: TOL, args: [[5, 1, 4, 2], [1, 0, 1, 0], [0.5, -0.2, 0.1, 0.3], 0, 0, 1] },
    { name: 'saturated scores', tolerance: TOL, args: [[1, 2, 3, 4, 5, 6], [1, 1, 0, 1, 0, 0], [30, 29, -30, 31, -28, -30], 0, 0, 0.5] },
    { name: 'all x equal: no split', ...NO_SPLIT, args: [[2, 2, 2], [0, 1, 1], [0.1, -0.4, 0.3], 1, 0, 0.1] },
    { name: 'a tie goes to the lower threshold', tolerance: TOL, args: [x4, [1, 0, 0, 1], [0, 0, 0, 0], 1, 0, 1] },
    { name: 'duplicate x values stay together', tolerance: TOL, args: [[3, 1, 3, 1, 2, 2], [1, 0, 1, 0, 1, 0], [0, 0, 0, 0, 0, 0], 0.5, 0, 0.2] },
    { name: 'non-zero starting scores', tolerance: TOL, args: randomCase(5, 20, 1, 0.1, 0.3, 1.5) },
    { name: 'no rows throws', expectError: true, args: [[], [], [], 1, 0, 0.3] },
    { name: 'labels other than 0 and 1 throw', expectError: true, args: [x4, [0, 2, 1, 1], [0, 0, 0, 0], 1, 0, 0.3] },
    { name: 'negative lambda throws', expectError: true, args: [x4, [0, 0, 1, 1], [0, 0, 0, 0], -1, 0, 0.3] },
    { name: 'a zero learning rate throws', expectError: true, args: [x4, [0, 0, 1, 1], [0, 0, 0, 0], 1, 0, 0] },
    { name: 'scores beyond 700 throw', expectError: true, args: [x4, [0, 0, 1, 1], [0, 0, 800, 0], 1, 0, 0.3] },
    { name: 'lengths that differ throw', expectError: true, args: [x4, [0, 0, 1], [0, 0, 0, 0], 1, 0, 0.3] },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(200 + i);
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(210 + i, r.int(6, 60), [0, 1, 0.5, 2, 1, 10][i]!, [0, 0, 0.05, 0.2, 0, 0.5][i]!, [0.1, 0.3, 1, 0.05, 0.5, 0.2][i]!, [0.5, 2, 1, 4, 0.1, 1][i]!) };
    }),
    { name: 'large: 3000 rows', tolerance: TOL, weight: 2, args: randomCase(999, 3000, 1, 0, 0.1, 1) },
  ],
});
