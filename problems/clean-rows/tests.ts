import { defineTests, rng } from '../../grader/kit.ts';

/** Rows drawn from a small pool of values, so duplicates are common; some entries NaN, some −0. */
function messy(seed: number, n: number, d: number, pNaN: number) {
  const r = rng(seed);
  const pool = [0, -0, 1, 2, 2.5, -1, Number.POSITIVE_INFINITY];
  return [Array.from({ length: n }, () => Array.from({ length: d }, () => (r.uniform() < pNaN ? Number.NaN : pool[r.int(0, pool.length - 1)]!)))];
}

const nan = Number.NaN;
export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[[1, 2], [nan, 2], [1, 2], [3, -0], [3, 0], [Number.POSITIVE_INFINITY, 1]]] },
    { name: 'nothing to drop', sample: true, args: [[[1, 2, 3], [3, 2, 1], [1, 2, 4]]] },
    { name: 'zero and negative zero', args: [[[-0, 5], [0, 5], [0, -0], [-0, 0]]] },
    { name: 'every row a duplicate of the first', args: [[[7, 8], [7, 8], [7, 8]]] },
    { name: 'every row has a NaN', args: [[[nan, 1], [2, nan], [nan, nan]]] },
    { name: 'empty input', args: [[]] },
    { name: 'infinite values are not missing', args: [[[Number.POSITIVE_INFINITY, 0], [1, Number.NEGATIVE_INFINITY], [Number.POSITIVE_INFINITY, 0], [2, 2]]] },
    { name: 'a NaN row before its duplicate', args: [[[nan, 1], [4, 1], [4, 1]]] },
    { name: 'single column', args: [[[3], [1], [3], [nan], [1], [2]]] },
    ...Array.from({ length: 4 }, (_, i) => ({ name: `random ${i + 1}`, args: messy(4600 + i, 40, 2 + (i % 3), 0.1) })),
    { name: 'large: 50000 rows', args: messy(4700, 50000, 3, 0.05), weight: 2 },
    { name: 'ragged rows throw', args: [[[1, 2], [3]]], expectError: true },
  ],
});
