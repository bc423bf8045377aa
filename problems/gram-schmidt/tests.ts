import { defineTests, rng } from '../../grader/kit.ts';

/** k×n rows U·diag(s)·W with U orthogonal k×k, W orthonormal rows k×n, singular values from 1 down to 1/cond. */
function conditionedRows(seed: number, k: number, n: number, cond: number): number[][] {
  const r = rng(seed);
  const orth = (cnt: number, dim: number) => {
    const out: number[][] = [];
    while (out.length < cnt) {
      let v = Array.from({ length: dim }, () => r.normal());
      for (const q of out) {
        const d = q.reduce((s, x, i) => s + x * v[i]!, 0);
        v = v.map((x, i) => x - d * q[i]!);
      }
      const nv = Math.hypot(...v);
      out.push(v.map((x) => x / nv));
    }
    return out;
  };
  const U = orth(k, k), W = orth(k, n);
  const s = Array.from({ length: k }, (_, j) => cond ** (-j / Math.max(1, k - 1)));
  return Array.from({ length: k }, (_, i) => Array.from({ length: n }, (_, j) => U.reduce((a, u, t) => a + u[i]! * s[t]! * W[t]![j]!, 0)));
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[[3, 4, 0], [1, 1, 1]]] },
    { name: 'three vectors in R^4', sample: true, args: [[[1, 1, 0, 0], [1, 0, 1, 0], [0, 1, 1, 1]]] },
    { name: 'a single vector', args: [[[2, -1, 2]]] },
    { name: 'already orthonormal', args: [[[0, 1, 0], [0, 0, -1], [1, 0, 0]]] },
    { name: 'square 6×6', args: [conditionedRows(5800, 6, 6, 10)] },
    { name: 'nearly dependent rows', args: [conditionedRows(3, 8, 12, 1e7)], tolerance: { rtol: 0, atol: 1e-7 } },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(5810 + i);
      const n = r.int(2, 12);
      return { name: `random ${i + 1}`, args: [r.normalMatrix(r.int(2, n), n, 0, 2)] };
    }),
    { name: 'large: 60 rows in R^120', args: [conditionedRows(5900, 60, 120, 100)], weight: 2 },
    { name: 'a dependent row throws', args: [[[1, 2, 3], [2, 4, 6.000000000000001], [0, 1, 0]]], expectError: true },
    { name: 'a zero row throws', args: [[[1, 0], [0, 0]]], expectError: true },
    { name: 'more rows than columns throws', args: [[[1, 0], [0, 1], [1, 1]]], expectError: true },
  ],
});
