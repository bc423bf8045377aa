import { defineTests, rng } from '../../grader/kit.ts';

/** A symmetric positive-definite A = M·Mᵀ + shift·I with b and w0 drawn from the same stream. */
function quadratic(seed: number, d: number, shift: number) {
  const r = rng(seed);
  const M = r.matrix(d, d, -1, 1);
  const A = M.map((mi, i) => M.map((mj, j) => mi.reduce((s, v, k) => s + v * mj[k]!, 0) + (i === j ? shift : 0)));
  return { A, b: r.vector(d, -2, 2), w0: r.vector(d, -2, 2), r };
}

/** lr below 1/λmax (bounded by the trace) so the runs converge rather than blow up. */
function randomCase(seed: number) {
  const r0 = rng(seed);
  const { A, b, w0, r } = quadratic(seed + 1, r0.int(1, 6), r0.uniform(0.1, 2));
  const trace = A.reduce((s, row, i) => s + row[i]!, 0);
  return [A, b, w0, r.uniform(0.2, 1) / trace, r.uniform(0.3, 0.95), r.int(2, 50)];
}

const big = quadratic(31, 30, 1);
const bigTrace = big.A.reduce((s, row, i) => s + row[i]!, 0);
const illConditioned = [[100, 0, 0], [0, 1, 0], [0, 0, 0.01]];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[[1, 0], [0, 4]], [0, 0], [1, 1], 0.1, 0.5, 3] },
    { name: 'coupled quadratic', sample: true, args: [[[2, 0.5], [0.5, 1]], [1, -1], [0, 0], 0.2, 0.9, 4] },
    { name: 'beta = 0 is gradient descent', args: [[[3, 1], [1, 2]], [1, 2], [2, -1], 0.1, 0, 6] },
    { name: 'one step', args: [[[3, 1], [1, 2]], [1, 2], [2, -1], 0.1, 0.9, 1] },
    { name: 'zero steps', args: [[[1]], [1], [5], 0.1, 0.9, 0] },
    { name: 'starting at the minimum', args: [[[2, 0], [0, 2]], [2, 4], [1, 2], 0.3, 0.8, 5] },
    { name: 'one dimension, high momentum', args: [[[1]], [3], [0], 0.5, 0.99, 30] },
    { name: 'ill-conditioned, 100 steps', args: [illConditioned, [1, 1, 1], [1, 1, 1], 0.01, 0.9, 100] },
    ...Array.from({ length: 6 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(1200 + 10 * i) })),
    { name: 'large: 30 dimensions, 1000 steps', args: [big.A, big.b, big.w0, 0.5 / bigTrace, 0.9, 1000], weight: 2 },
    { name: 'mismatched w0 throws', expectError: true, args: [[[1, 0], [0, 1]], [1, 1], [0], 0.1, 0.5, 3] },
    { name: 'beta = 1 throws', expectError: true, args: [[[1]], [1], [0], 0.1, 1, 3] },
    { name: 'negative lr throws', expectError: true, args: [[[1]], [1], [0], -0.1, 0.5, 3] },
    { name: 'negative steps throws', expectError: true, args: [[[1]], [1], [0], 0.1, 0.5, -2] },
  ],
});
