import { defineTests, rng } from '../../grader/kit.ts';

/** Q ranked 0/1 lists; each query's total is the hits in its list plus up to `extra` relevant items not retrieved. */
function randomQueries(seed: number, q: number, nMin: number, nMax: number, extra: number): [number[][], number[]] {
  const r = rng(seed);
  const lists: number[][] = [], totals: number[] = [];
  for (let i = 0; i < q; i++) {
    const n = r.int(nMin, nMax);
    const rate = r.uniform(0.05, 0.5);
    const list: number[] = Array.from({ length: n }, (_, j) => (r.uniform() < rate * (1.5 - j / n) ? 1 : 0));
    lists.push(list);
    totals.push(list.reduce((a, b) => a + b, 0) + r.int(0, extra));
  }
  return [lists, totals];
}

export default defineTests({
  cases: [
    { name: 'two queries', sample: true, args: [[[1, 0, 1, 0, 0, 1], [0, 1, 0]], [4, 1], 5] },
    { name: 'one query, all relevant at the top', sample: true, args: [[[1, 1, 0, 0]], [2], 4] },
    { name: 'relevant items beyond k', args: [[[0, 1, 0, 0, 1, 1], [1, 0, 0, 1]], [3, 2], 3] },
    { name: 'more relevant items than k', args: [[[1, 1, 1, 0, 1]], [5], 3] },
    { name: 'first item relevant', args: [[[1, 0, 0, 0]], [1], 2] },
    { name: 'query without relevant items scores 0', args: [[[0, 0, 0], [0, 1]], [0, 1], 2] },
    { name: 'k longer than the list', args: [[[0, 1, 1]], [2], 10] },
    { name: 'every item relevant', args: [[[1, 1, 1]], [3], 3] },
    { name: 'empty list with relevant items', args: [[[], [1]], [2, 1], 3] },
    { name: 'k = 0 throws', args: [[[1, 0]], [1], 0], expectError: true },
    { name: 'total smaller than the hits throws', args: [[[1, 1, 0]], [1], 3], expectError: true },
    { name: 'graded relevance throws', args: [[[2, 0, 1]], [2], 3], expectError: true },
    { name: 'mismatched totals throws', args: [[[1, 0], [0, 1]], [1], 2], expectError: true },
    ...Array.from({ length: 6 }, (_, i) => ({ name: `random ${i + 1}`, args: [...randomQueries(1300 + i, 2 + i, 1, 30, 3), 1 + 3 * i] })),
    { name: 'large: 500 queries of 1000 items', args: [...randomQueries(1399, 500, 1000, 1000, 20), 100], weight: 2 },
  ],
});
