import { defineTests, rng } from '../../grader/kit.ts';

const TOL = { rtol: 1e-8, atol: 1e-10, fields: { n: { exact: true } } };

function randomBatches(seed: number, sizes: number[], d: number, offset = 0, spread = 2) {
  const r = rng(seed);
  const A = Array.from({ length: d }, () => Array.from({ length: d }, () => r.normal()));
  return [sizes.map((m) => Array.from({ length: m }, () => {
    const z = Array.from({ length: d }, () => r.normal(0, spread));
    return Array.from({ length: d }, (_, t) => offset + z.reduce((s, v, j) => s + v * A[j]![t]!, 0));
  }))];
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: [[[[1, 2], [3, 6]], [[5, 4]]]] },
    { name: 'batches of one row', sample: true, tolerance: TOL, args: [[[[0]], [[2]], [[4]], [[10]]]] },
    { name: 'empty batches are skipped', tolerance: TOL, args: [[[], [[1, 1], [2, 0]], [], [[4, 5]], []]] },
    { name: 'a single batch', tolerance: TOL, args: randomBatches(3, [20], 3) },
    { name: 'values around 1e6 with a spread of 1', tolerance: TOL, args: randomBatches(4, [7, 1, 12, 5], 2, 1e6, 1) },
    { name: 'uneven batch sizes', tolerance: TOL, args: randomBatches(5, [1, 30, 2, 9], 3) },
    { name: 'one row in total throws', expectError: true, args: [[[[1, 2]], []]] },
    { name: 'no rows throws', expectError: true, args: [[[], []]] },
    { name: 'rows of different widths throw', expectError: true, args: [[[[1, 2]], [[3]]]] },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(2600 + i);
      const sizes = Array.from({ length: r.int(1, 6) }, () => r.int(0, 15));
      sizes[0] = sizes[0]! + 2;
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomBatches(2610 + i, sizes, r.int(1, 5), [0, 100, 0, 1e4, 0, 5][i]!) };
    }),
    { name: 'large: 50 batches of 100 rows, 6 features', tolerance: TOL, weight: 2, args: randomBatches(99, new Array(50).fill(100), 6, 1e3) },
  ],
});
