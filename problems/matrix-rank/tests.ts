import { defineTests, rng } from '../../grader/kit.ts';
import { rankTrace } from './reference.ts';

/** A = B·C with B m×r and C r×n, so the rank is r; an explicit tol, redrawn until every pivot decision has a 1e4 margin. */
function randomCase(seed: number, m: number, n: number, r: number) {
  const g = rng(seed);
  for (;;) {
    const B = g.matrix(m, r, -2, 2);
    const C = g.matrix(r, n, -2, 2);
    const A = B.map((row) => Array.from({ length: n }, (_, j) => row.reduce((s, b, k) => s + b * C[k]![j]!, 0)));
    const tol = 1e-8 * Math.max(...A.flat().map(Math.abs));
    if (rankTrace(A, tol).margin >= 1e4) return [A, tol];
  }
}

export default defineTests({
  cases: [
    { name: 'a dependent row', sample: true, args: [[[1, 2, 3], [2, 4, 6], [1, 0, 1]]] },
    { name: 'an explicit tolerance', sample: true, args: [[[1, 1], [1, 1 + 1e-10]], 1e-8] },
    { name: 'a zero first column', args: [[[0, 1, 0], [0, 0, 1], [0, 0, 0]]] },
    { name: 'tiny entries are not zero', args: [[[1e-12, 0], [0, 1e-12]]] },
    { name: 'decimal rows that cancel only approximately', args: [[[0.1, 0.7], [0.1 * 7, 0.7 * 7]]] },
    { name: 'the zero matrix', args: [[[0, 0, 0], [0, 0, 0]]] },
    { name: 'a rank-1 outer product', args: [[[2, 4, 6], [1, 2, 3], [-3, -6, -9], [0.5, 1, 1.5]]] },
    { name: 'a wide full-rank matrix', args: [[[1, 0, 2, 3], [0, 1, 4, 5]]] },
    { name: 'a tall full-rank matrix', args: [[[1, 2], [3, 4], [5, 7]]] },
    { name: 'duplicate rows', args: [[[3, 1, 4], [1, 5, 9], [3, 1, 4], [1, 5, 9]]] },
    { name: 'a tolerance that changes the answer', args: [[[1, 0], [0, 1e-6]], 1e-3] },
    { name: 'tol given as null uses the default', args: [[[1, 2], [2, 4.000001]], null] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(35100 + i);
      const m = r.int(2, 10), n = r.int(2, 10);
      return { name: `random ${i + 1}`, args: randomCase(35200 + i, m, n, r.int(1, Math.min(m, n))) };
    }),
    { name: 'large: 150×120 of rank 60', args: randomCase(35300, 150, 120, 60), weight: 2 },
    { name: 'an empty matrix throws', expectError: true, args: [[]] },
    { name: 'ragged rows throw', expectError: true, args: [[[1, 2], [3]]] },
    { name: 'a negative tolerance throws', expectError: true, args: [[[1, 2], [3, 4]], -1] },
    { name: 'an infinite entry throws', expectError: true, args: [[[1, Number.POSITIVE_INFINITY]]] },
  ],
});
