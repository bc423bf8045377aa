import { defineTests, rng, type TestCase } from '../../grader/kit.ts';

type Args = [number[][], number[][], number];

const cos = (a: number[], b: number[]) => {
  const na = Math.hypot(...a), nb = Math.hypot(...b);
  return na === 0 || nb === 0 ? 0 : a.reduce((s, x, i) => s + x * b[i]!, 0) / (na * nb);
};

/** Random queries and documents; a query is redrawn while two of its top k + 1 scores are within 1e-7. */
function randomCase(seed: number, nq: number, nd: number, d: number, k: number): Args {
  const r = rng(seed);
  const docs = r.normalMatrix(nd, d);
  const queries: number[][] = [];
  while (queries.length < nq) {
    const q = r.normalMatrix(1, d)[0]!;
    const s = docs.map((doc) => cos(q, doc)).sort((a, b) => b - a).slice(0, k + 1);
    if (s.every((v, i) => i === 0 || s[i - 1]! - v > 1e-7)) queries.push(q);
  }
  return [queries, docs, k];
}

const Q = [[1, 0], [0.5, 2]];
const D = [[2, 0], [0, 3], [1, 1], [0, 0], [2, 0]];
const tol = { rtol: 1e-9, atol: 1e-12, fields: { indices: { exact: true } } };

export default defineTests({
  cases: ([
    { name: 'worked example: two queries, top 3', sample: true, args: [Q, D, 3] },
    { name: 'top 1', sample: true, args: [Q, D, 1] },
    { name: 'duplicate documents tie: lower index first', args: [[[0.3, -1, 2]], [[1, 1, 1], [0.2, 0.1, 3], [1, 1, 1], [0.2, 0.1, 3]], 4] },
    { name: 'k larger than the number of documents returns all', args: randomCase(4901, 2, 4, 3, 10).map((v, i) => (i === 2 ? 10 : v)) as Args },
    { name: 'k = 0 returns empty rows', args: [Q, D, 0] },
    { name: 'a zero document scores 0', args: [[[-1, 0.2], [0.3, 0.1]], [[0, 0], [-2, -1], [1, 3]], 3] },
    { name: 'a zero query scores 0 everywhere', args: [[[0, 0, 0]], [[1, 2, 3], [-1, 0, 1]], 2] },
    { name: 'cosine, not dot product (different lengths)', args: [[[1, 0.2]], [[10, 10], [0.9, 0.1], [3, 0]], 2] },
    { name: 'no queries', args: [[], D, 2] },
    { name: 'negative k throws', args: [Q, D, -1], expectError: true },
    { name: 'dimension mismatch throws', args: [[[1, 0, 0]], D, 2], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(4920 + i);
      return { name: `random ${i + 1}`, args: randomCase(4940 + i, r.int(1, 5), r.int(2, 30), r.int(2, 16), r.int(1, 5)) };
    }),
    { name: 'large: 10 queries over 1000 documents of width 32, top 10', args: randomCase(4999, 10, 1000, 32, 10), weight: 2 },
  ] as TestCase[]).map((c) => ({ ...c, tolerance: tol })),
});
