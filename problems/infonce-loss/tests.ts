import { defineTests, rng } from '../../grader/kit.ts';

/** Two noisy views of the same N base vectors. */
function randomCase(seed: number, N: number, d: number, noise: number, tau: number): [number[][], number[][], number] {
  const r = rng(seed);
  const base = r.normalMatrix(N, d);
  const view = () => base.map((row) => row.map((v) => v + r.normal(0, noise)));
  return [view(), view(), tau];
}

export default defineTests({
  cases: [
    { name: 'worked example: orthogonal views, τ = 1', sample: true, args: [[[1, 0], [0, 1]], [[1, 0], [0, 1]], 1] },
    { name: 'rows of different lengths are normalized', sample: true, args: [[[1, 0], [0, 2]], [[1, 1], [0, 3]], 0.5] },
    { name: 'a batch of one gives 0', args: [[[0.3, -2, 1]], [[5, 1, 1]], 0.1] },
    { name: 'identical views with orthogonal rows', args: [[[1, 0, 0], [0, 1, 0], [0, 0, 1]], [[2, 0, 0], [0, 3, 0], [0, 0, 0.5]], 0.2] },
    { name: 'collapsed representations give log N', args: [[[1, 1], [1, 1], [1, 1], [1, 1]], [[2, 2], [2, 2], [2, 2], [2, 2]], 0.3] },
    { name: 'tiny temperature (logits near 1000)', args: randomCase(1801, 6, 4, 0.3, 0.001) },
    { name: 'τ = 0.01', args: randomCase(1802, 8, 5, 0.5, 0.01) },
    { name: 'a zero vector has similarity 0 to everything', args: [[[0, 0], [1, 0], [0, 1]], [[1, 0], [1, 0.2], [0, 1]], 0.5] },
    { name: 'views swapped are not the same loss', args: (() => { const a = randomCase(1803, 5, 3, 0.8, 0.2); return [a[1], a[0], a[2]]; })() },
    { name: 'row count mismatch throws', args: [[[1, 0], [0, 1]], [[1, 0]], 0.5], expectError: true },
    { name: 'τ = 0 throws', args: [[[1, 0]], [[1, 0]], 0], expectError: true },
    { name: 'width mismatch throws', args: [[[1, 0]], [[1, 0, 0]], 0.5], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(1820 + i);
      return { name: `random ${i + 1}`, args: randomCase(1840 + i, r.int(2, 16), r.int(2, 10), r.uniform(0.1, 1.5), r.uniform(0.05, 1)) };
    }),
    { name: 'large: batch of 128, width 64', args: randomCase(1899, 128, 64, 0.5, 0.07), weight: 2 },
  ],
});
