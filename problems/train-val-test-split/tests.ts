import { defineTests, rng } from '../../grader/kit.ts';

/** A seeded Fisher–Yates permutation of 0..n−1. */
function permutation(seed: number, n: number): number[] {
  const r = rng(seed);
  const p = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = r.int(0, i);
    [p[i], p[j]] = [p[j]!, p[i]!];
  }
  return p;
}

export default defineTests({
  cases: [
    { name: 'ten samples, 70/15/15', sample: true, args: [10, [3, 7, 0, 9, 1, 5, 8, 2, 6, 4], 0.7, 0.15] },
    { name: 'twenty samples, 80/10/10', sample: true, args: [20, permutation(2500, 20), 0.8, 0.1] },
    { name: 'a product just below an integer', args: [100, permutation(2501, 100), 0.29, 0.57] },
    { name: 'sizes that round up', args: [9, permutation(2502, 9), 0.6, 0.3] },
    { name: 'the remainder goes to the test set', args: [10, permutation(2503, 10), 0.65, 0.15] },
    { name: 'no validation set', args: [7, permutation(2504, 7), 0.7, 0] },
    { name: 'everything in training', args: [5, permutation(2505, 5), 1, 0] },
    { name: 'fractions summing to exactly 1', args: [12, permutation(2506, 12), 0.75, 0.25] },
    { name: 'one sample', args: [1, [0], 0.8, 0.1] },
    { name: 'no samples', args: [0, [], 0.8, 0.1] },
    { name: 'fractions above 1 throw', args: [4, [0, 1, 2, 3], 0.8, 0.3], expectError: true },
    { name: 'negative fraction throws', args: [4, [0, 1, 2, 3], 0.8, -0.1], expectError: true },
    { name: 'repeated index throws', args: [4, [0, 1, 1, 3], 0.5, 0.25], expectError: true },
    { name: 'wrong perm length throws', args: [4, [0, 1, 2], 0.5, 0.25], expectError: true },
    { name: 'index out of range throws', args: [3, [0, 1, 3], 0.5, 0.25], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(2510 + i);
      const n = r.int(5, 200);
      return { name: `random ${i + 1}`, args: [n, permutation(2520 + i, n), Math.round(r.uniform(0.5, 0.8) * 100) / 100, Math.round(r.uniform(0, 0.2) * 100) / 100] };
    }),
    { name: 'large: 100000 samples', args: [100_000, permutation(2599, 100_000), 0.7, 0.15], weight: 2 },
  ],
});
