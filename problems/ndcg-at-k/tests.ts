import { defineTests, rng } from '../../grader/kit.ts';

type Gain = 'linear' | 'exponential';

/** Q queries with continuous (tie-free) scores and graded relevance 0..maxRel. */
function randomQueries(seed: number, q: number, nMin: number, nMax: number, maxRel: number): [number[][], number[][]] {
  const r = rng(seed);
  const scores: number[][] = [], relevance: number[][] = [];
  for (let i = 0; i < q; i++) {
    const n = r.int(nMin, nMax);
    const rel = Array.from({ length: n }, () => r.int(0, maxRel));
    // scores correlate with relevance so NDCG is neither 0 nor 1
    scores.push(rel.map((v) => v + r.normal(0, 1.5)));
    relevance.push(rel);
  }
  return [scores, relevance];
}

const example: [number[][], number[][]] = [[[0.9, 0.8, 0.7, 0.6, 0.5]], [[3, 2, 3, 0, 1]]];

export default defineTests({
  cases: [
    { name: 'one query, graded relevance', sample: true, args: [...example, 3, 'linear' satisfies Gain] },
    { name: 'two queries, exponential gain', sample: true, args: [[[0.1, 0.4, 0.35, 0.8], [2, 1, 0]], [[0, 1, 0, 1], [0, 0, 1]], 2, 'exponential'] },
    { name: 'graded relevance, exponential gain', args: [...example, 5, 'exponential'] },
    { name: 'relevant items below the cut-off', args: [[[5, 4, 3, 2, 1, 0]], [[0, 1, 0, 0, 3, 2]], 2, 'linear'] },
    { name: 'no relevant item gives 0', args: [[[0.3, 0.2, 0.9], [1, 2]], [[0, 0, 0], [1, 0]], 3, 'linear'] },
    { name: 'k longer than the list', args: [[[1, 3, 2]], [[2, 0, 1]], 10, 'exponential'] },
    { name: 'k = 1', args: [[[0.2, 0.9, 0.5], [7, 8, 9]], [[1, 0, 2], [3, 0, 1]], 1, 'linear'] },
    { name: 'tied scores keep input order', args: [[[1, 1, 1, 0.5], [2, 2, 3, 3]], [[0, 2, 1, 3], [1, 0, 0, 2]], 3, 'linear'] },
    { name: 'perfect ranking gives 1', args: [[[4, 3, 2, 1]], [[3, 2, 1, 0]], 4, 'exponential'] },
    { name: 'fractional relevance', args: [[[0.5, 0.1, 0.9]], [[0.25, 1.5, 0.75]], 2, 'linear'] },
    { name: 'k = 0 throws', args: [...example, 0, 'linear'], expectError: true },
    { name: 'ragged query throws', args: [[[1, 2, 3]], [[1, 0]], 2, 'linear'], expectError: true },
    { name: 'negative relevance throws', args: [[[1, 2]], [[1, -1]], 2, 'linear'], expectError: true },
    { name: 'no queries throws', args: [[], [], 3, 'linear'], expectError: true },
    ...Array.from({ length: 6 }, (_, i) => ({
      name: `random ${i + 1}`,
      args: [...randomQueries(900 + i, 1 + i, 3, 25, 3), 1 + 2 * i, (i % 2 === 0 ? 'linear' : 'exponential') satisfies Gain],
    })),
    { name: 'large: 100 queries of 500 items', args: [...randomQueries(999, 100, 500, 500, 4), 20, 'exponential'], weight: 2 },
  ],
});
