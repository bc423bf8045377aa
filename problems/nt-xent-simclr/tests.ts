import { defineTests, rng } from '../../grader/kit.ts';

/** Views 0..N−1 and N..2N−1 are noisy copies of the same N base vectors. */
function randomCase(seed: number, N: number, d: number, noise: number, tau: number): [number[][], number] {
  const r = rng(seed);
  const base = r.normalMatrix(N, d);
  const view = () => base.map((row) => row.map((v) => v + r.normal(0, noise)));
  return [[...view(), ...view()], tau];
}

export default defineTests({
  cases: [
    { name: 'worked example: two examples, τ = 1', sample: true, args: [[[1, 0], [0, 1], [1, 0], [0, 1]], 1] },
    { name: 'noisy views, τ = 0.5', sample: true, args: [[[1, 0], [0, 1], [1, 0.5], [-0.5, 1]], 0.5] },
    { name: 'one example (N = 1) gives 0', args: [[[1, 1], [2, 2]], 0.3] },
    { name: 'collapsed representations give log(2N − 1)', args: [[[1, 2], [1, 2], [2, 4], [0.5, 1], [3, 6], [1, 2]], 0.2] },
    { name: 'second half is the positive, not the neighbour', args: randomCase(1901, 3, 4, 0.2, 0.5) },
    { name: 'τ = 0.1', args: randomCase(1902, 6, 8, 0.4, 0.1) },
    { name: 'tiny temperature (logits near 1000)', args: randomCase(1903, 4, 3, 0.3, 0.001) },
    { name: 'a zero row has similarity 0', args: [[[0, 0], [1, 0], [0, 0], [1, 0.1]], 0.5] },
    { name: 'odd number of rows throws', args: [[[1, 0], [0, 1], [1, 1]], 0.5], expectError: true },
    { name: 'τ = 0 throws', args: [[[1, 0], [0, 1]], 0], expectError: true },
    { name: 'ragged rows throw', args: [[[1, 0], [0, 1, 0]], 0.5], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(1920 + i);
      return { name: `random ${i + 1}`, args: randomCase(1940 + i, r.int(2, 10), r.int(2, 10), r.uniform(0.1, 1.5), r.uniform(0.05, 1)) };
    }),
    { name: 'large: 128 views of width 64', args: randomCase(1999, 64, 64, 0.5, 0.1), weight: 2 },
  ],
});
