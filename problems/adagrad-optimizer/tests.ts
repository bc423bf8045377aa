import { defineTests, rng } from '../../grader/kit.ts';

/** A symmetric positive-definite A = M·Mᵀ + shift·I with b and w0 drawn from the same stream. */
function quadratic(seed: number, d: number, shift: number) {
  const r = rng(seed);
  const M = r.matrix(d, d, -1, 1);
  const A = M.map((mi, i) => M.map((mj, j) => mi.reduce((s, v, k) => s + v * mj[k]!, 0) + (i === j ? shift : 0)));
  return { A, b: r.vector(d, -2, 2), w0: r.vector(d, -2, 2), r };
}

function randomCase(seed: number) {
  const r0 = rng(seed);
  const { A, b, w0, r } = quadratic(seed + 1, r0.int(1, 6), r0.uniform(0.1, 2));
  return [A, b, w0, r.uniform(0.01, 1), 1e-8, r.int(1, 60)];
}

const big = quadratic(77, 40, 0.5);
const illConditioned = [[100, 0, 0], [0, 1, 0], [0, 0, 0.01]];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[[1, 0], [0, 4]], [1, 0], [0, 1], 0.1, 1e-8, 2] },
    { name: 'coupled coordinates, one step', sample: true, args: [[[3, 1], [1, 2]], [1, 1], [1, -1], 0.5, 1e-8, 1] },
    { name: 'zero steps', args: [[[2, 0], [0, 2]], [1, 1], [3, 4], 0.1, 1e-8, 0] },
    { name: 'first step is about lr times the sign', args: [[[1e4, 0, 0], [0, 1, 0], [0, 0, 1e-4]], [0, 0, 0], [1, -1, 1], 0.01, 1e-8, 1] },
    { name: 'a coordinate with zero gradient stays put', args: [[[2, 0], [0, 1]], [2, 0], [0, 0], 0.3, 1e-8, 5] },
    { name: 'starting at the minimum', args: [[[2, 1], [1, 2]], [3, 3], [1, 1], 0.1, 1e-8, 4] },
    { name: 'large eps', args: [[[1, 0.2], [0.2, 0.5]], [1, -1], [0.5, 0.5], 0.2, 0.5, 6] },
    { name: 'one dimension', args: [[[4]], [2], [-3], 0.7, 1e-8, 25] },
    { name: 'ill-conditioned, 200 steps', args: [illConditioned, [1, 1, 1], [0, 0, 0], 0.5, 1e-8, 200] },
    ...Array.from({ length: 6 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(900 + 10 * i) })),
    { name: 'large: 40 dimensions, 1000 steps', args: [big.A, big.b, big.w0, 0.05, 1e-8, 1000], weight: 2 },
    { name: 'mismatched b throws', expectError: true, args: [[[1, 0], [0, 1]], [1], [0, 0], 0.1, 1e-8, 3] },
    { name: 'non-square A throws', expectError: true, args: [[[1, 0, 0], [0, 1, 0]], [1, 1], [0, 0], 0.1, 1e-8, 3] },
    { name: 'non-positive lr throws', expectError: true, args: [[[1]], [1], [0], 0, 1e-8, 3] },
    { name: 'zero eps throws', expectError: true, args: [[[1]], [1], [0], 0.1, 0, 3] },
    { name: 'fractional steps throws', expectError: true, args: [[[1]], [1], [0], 0.1, 1e-8, 1.5] },
  ],
});
